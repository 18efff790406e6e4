"""IP addresses for a key's whitelist: checking what was typed, the trading
service's own addresses (resources/service-addresses.json), and this computer's
public address, looked up only when the person asks. Free of Qt."""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass

from wizard.i18n import QT_TRANSLATE_NOOP

# Asked only after the person agrees: the service sees this computer's address.
PUBLIC_ADDRESS_SERVICE = "https://api.ipify.org"


@dataclass(frozen=True)
class ServiceAddresses:
    service: str
    addresses: tuple[str, ...]


def load_service_addresses() -> ServiceAddresses:
    from wizard.resources import resource_path

    try:
        document = json.loads(resource_path("service-addresses.json").read_text("utf-8"))
        valid, _ = parse_addresses("\n".join(document.get("addresses", [])))
        return ServiceAddresses(str(document.get("service", "")), tuple(valid))
    except (FileNotFoundError, ValueError, AttributeError):
        return ServiceAddresses("", ())


@dataclass(frozen=True)
class AddressProblem:
    line: int
    text: str
    template: str = QT_TRANSLATE_NOOP(
        "Addresses",
        'Line {line}: "{text}" is not an IP address. Write one address per '
        "line, like 203.0.113.7 or 2001:db8::7.",
    )


def parse_addresses(text: str) -> tuple[list[str], list[AddressProblem]]:
    """One address per line (commas and spaces also separate). Returns the valid
    addresses, each once, in order, and a problem for every other entry."""
    valid: list[str] = []
    problems: list[AddressProblem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        for item in line.replace(",", " ").split():
            try:
                address = str(ipaddress.ip_address(item))
            except ValueError:
                problems.append(AddressProblem(number, item))
                continue
            if address not in valid:
                valid.append(address)
    return valid, problems


def find_public_address(url: str = PUBLIC_ADDRESS_SERVICE, timeout_s: float = 5.0) -> str:
    """This computer's address as the internet sees it. Raises OSError or
    ValueError when it cannot be found."""
    from urllib.request import urlopen

    if not url.startswith(("https://", "http://127.0.0.1")):
        raise ValueError("the address service must be reached over HTTPS")
    with urlopen(url, timeout=timeout_s) as response:  # noqa: S310 - scheme checked above
        answer = response.read(64).decode("ascii", "replace").strip()
    return str(ipaddress.ip_address(answer))
