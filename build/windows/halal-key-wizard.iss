; Inno Setup script: a per-user installer (no administrator rights), with a Start
; menu shortcut and an uninstaller. Built by the release workflow after scripts/build:
;   iscc /DVersion=0.1.0 build\windows\halal-key-wizard.iss
; Signing is optional: when SIGNTOOL_CERT is set the workflow passes /S"signtool=..."
; and the lines below sign the installer and uninstaller.

#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6A3B0F5C-2E61-4F7A-9C4B-8F1D2A5E7C31}
AppName=Halal Key Wizard
AppVersion={#Version}
AppPublisher=Halal Key Wizard
DefaultDirName={localappdata}\Programs\Halal Key Wizard
DefaultGroupName=Halal Key Wizard
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=HalalKeyWizard-{#Version}-setup
SetupIconFile=..\out\icon.ico
UninstallDisplayIcon={app}\halal-key-wizard.exe
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
#ifdef SignTool
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"

[Files]
Source: "..\..\dist\halal-key-wizard\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Halal Key Wizard"; Filename: "{app}\halal-key-wizard.exe"
Name: "{group}\Halal Key Wizard (practice)"; Filename: "{app}\halal-key-wizard.exe"; Parameters: "--demo"
Name: "{group}\Uninstall Halal Key Wizard"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\halal-key-wizard.exe"; Description: "Open Halal Key Wizard"; Flags: nowait postinstall skipifsilent
