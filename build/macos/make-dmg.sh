#!/usr/bin/env bash
# Packs dist/Halal Key Wizard.app (made by scripts/build on macOS) into a .dmg.
# Optional, driven by the environment (never by secrets in the repository):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: …"  -> codesign the app and dmg
#   MACOS_NOTARY_PROFILE  a notarytool keychain profile   -> notarize and staple
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${1:-0.1.0}"
app="dist/Halal Key Wizard.app"
dmg="dist/HalalKeyWizard-${version}.dmg"

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  codesign --force --deep --options runtime --timestamp \
    --sign "$MACOS_SIGN_IDENTITY" "$app"
fi

staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Halal Key Wizard" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [[ -n "${MACOS_NOTARY_PROFILE:-}" ]]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
echo "Built $dmg"
