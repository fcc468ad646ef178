"""Street addresses (US, UK, German, French, and Southern-European/Nordic street words) and postal
codes (UK, Canada, US ZIP after a state, German/French five digits before a town, Dutch)."""

from __future__ import annotations

import re
from typing import Iterator

from sluice.policy.detectors.recognizers.base import Covered, Found, OwnRecognizer, own_recognizer

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩА-ЯЁ"
_NAME = rf"(?:[{_UP}][\w'’.\-]*+|\d{{1,3}}(?:st|nd|rd|th)|[NSEW]\.?)"
"""A capitalised word; possessive (never split again on backtracking), so no input backtracks
exponentially through a run of name words."""
_SUFFIX = (
    "Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Terr|"
    "Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Cres|Grove|Close|Gardens|Gdns|Row|"
    "Mews|Hill|Hills|Ridge|Walk|Park|Green|Loop|Pike|Alley|Plaza|Point|Points|Ranch|Summit|Glen|Glens|"
    "Heights|Hts|Estates?|Crossing|Path|Run|View|Vista|Wharf|Embankment|Parade|Quay|Rise|Vale|Yard|"
    "Route|Rte|Junction|Manor|Mall|Cove|Creek|Falls|Fields?|Forest|Harbou?r|Island|Knoll|Lakes?|"
    "Landing|Meadows?|Mills?|Orchard|Pass|Pines|Port|Prairie|River|Shores?|Springs?|Stream|Turnpike|"
    "Valley|Village|Ville|Wells?|Expressway|Freeway|Forks?|Ford|Flats?|Bypass|Branch|Brook|Bluffs?|"
    "Bend|Beach|Canyon|Causeway|Cent(?:er|re)|Common|Corners?|Course|Curve|Dale|Dam|Gateway|Haven|"
    "Hollow|Inlet|Isle|Lodge|Motorway|Oval|Spur|Trace|Track|Tunnel|Viaduct|Via"
)
_UNIT = r"(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building|#)\.?\s*[\w\-]{1,6})"
_BR = r"\r?\n"
_FLAT = r"(?:,?\s*+(?:Apt|Apartment|Suite|Ste|Flat)\.?[ \t]?#?\d{1,5}[A-Z]?\b)"
"""A flat or suite after a street line (the words that rarely follow anything else)."""
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|"
    "NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP|AA|AE|AP"
)
_UK_POSTCODE = r"(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})"
_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d"
_TOWN = rf"[{_UP}][\w'’\-]++(?:[ \-][{_UP}][\w'’\-]++){{0,2}}"
_TAIL = (
    rf"(?:,?[ \t]*+(?:\n[ \t]*+)?{_TOWN},?\s+(?:(?:{_US_STATES})\s+\d{{5}}(?:-\d{{4}})?|{_UK_POSTCODE}|{_CA_POSTCODE})"
    rf"|,?\s+(?:{_US_STATES})\s+\d{{5}}(?:-\d{{4}})?"
    rf"|,?\s+{_UK_POSTCODE}(?!\w)"
    rf"|,?\s+\d{{5}}\s+{_TOWN})"
)
"""What may follow a street line: town + state/ZIP or postcode, or a postcode (+ town) alone."""

_HOUSE = r"\d{1,6}[A-Za-z]?(?:[\-/]\d{1,4}[A-Za-z]?)?"
_DE_WORDS = (
    "straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|"
    "veien|vegen|vej|vei|veg|gatan|gata|gaten|gate|gade|gränd|stræde|torget|laan|straat|plein|gracht|kade|dijk|"
    "utca|ulica|ulice|katu|kuja|polku|vägen|väg"
)
_PREFIX_WORDS = (
    "rue|avenue|av\\.|boulevard|bd|place|chemin|allée|allee|impasse|quai|route|cours|passage|square|voie|"
    "faubourg|esplanade|promenade|sentier|cité|résidence|hameau|via|viale|piazza|corso|vicolo|calle|carrer|"
    "avenida|rua|rúa|travessa|carretera|camino|paseo|plaza|ronda|largo|praça|estrada|strada|ul\\."
)
_SEPARATE_WORDS = (
    "Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee|"
    "utca|u\\.|út|körút|tér|ulica|vej|vei|veg|gate|gatan|väg|vägen"
)
"""Street words written as a word of their own after the name (German, Hungarian, Nordic)."""
_PARTICLE = r"(?:(?:della|des|del|das|dos|les|las|los|aux|sur|de|du|la|le|di|da|do|au|y|e)\s+|[ld]['’])"
_STREETS = [
    # US / UK / international English: house number, name words, street word
    (rf"(?<![\w.\-]){_HOUSE},?\s+(?:{_NAME}\s+){{1,4}}(?:{_SUFFIX})\b\.?{_UNIT}?(?:{_TAIL})?", 0.6),
    # German / Dutch / Nordic: compound street word (or name + street word), house number
    (rf"(?<![\w\-])(?:{_NAME}[\s\-])?[{_UP}][\w\-]*(?:{_DE_WORDS})\s+{_HOUSE}\b{_UNIT}?(?:{_TAIL})?", 0.6),
    (rf"(?<![\w\-])(?:{_NAME}\s+){{1,2}}(?:{_SEPARATE_WORDS})\s+{_HOUSE}\b(?:\.?{_UNIT})?(?:{_TAIL})?", 0.6),
    # French / Southern European: (number,) street-type word, name, (number)
    (rf"(?i:(?<![\w\-])(?:{_HOUSE}(?:\s?(?:bis|ter))?,?\s+)?(?:{_PREFIX_WORDS}))\s+"
     rf"(?:{_PARTICLE}|{_NAME}[\s\-]?){{1,6}}(?<=[\w.])(?:\s+{_HOUSE}\b)?{_UNIT}?(?:{_TAIL})?", 0.6),
    # US military and PO boxes
    (rf"(?:PSC|Unit|CMR)\s+\d{{3,5}},?\s+Box\s+\d{{1,5}}\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{{5}}", 0.8),
    (rf"(?:USS|USNS|USCGC|USNV)\s+[{_UP}][\w\-]*+(?:[ \t]+[{_UP}][\w\-]*+){{0,2}}\s*\n?\s*FPO\s+(?:AA|AE|AP)\s+\d{{5}}", 0.8),
    (r"(?i:P\.?\s?O\.?\s+Box|Post\s+Office\s+Box|Postbox|Postfach|Bo[iî]te\s+postale)\s+\d{1,6}", 0.6),
]

_POSTCODES = [
    (rf"(?<![\w\-]){_UK_POSTCODE}(?![\w\-])", 0.5),
    (rf"(?<![\w\-]){_CA_POSTCODE}(?![\w\-])", 0.5),
    (rf"(?<=\b(?:{_US_STATES})\s)\d{{5}}(?:-\d{{4}})?(?![\w\-])", 0.6),
    (r"(?<![\w\-.])\d{5}-\d{4}(?![\w\-])", 0.4),
    (rf"(?<![\w\-.,/])\d{{5}}(?=\s+{_TOWN})", 0.4),
    (r"(?<![\w\-.,/])\d{4}\s?[A-Z]{2}(?![\w\-])", 0.1),
    (r"(?<![\w\-.,/])\d{5}(?![\w\-.,/])", 0.1),
    (r"(?<![\w\-.,/:])(?<!\d )(?!19\d\d|20\d\d)\d{4}(?![\w\-.,/:]| \d)", 0.1),
    (r"(?<![\w\-.,/])(?<!\d )\d{3} \d{2}(?![\w\-.,/]| \d)", 0.1),
]
"""Postal codes alone. The low-scored shapes count only next to a context word (zip, postcode...);
a group of a longer digit run (a card or phone number) is none."""

_STREET_RES = [(re.compile(p), s) for p, s in _STREETS]
_NAMED_STREET_WITH_FLAT = re.compile(
    rf"(?<![\w\-.])(?:{_NAME}[ \t]+){{0,3}}[{_UP}][\w'’\-]*+[ \t]+{_HOUSE}\.?{_FLAT}(?:{_TAIL})?")
"""Any street name and house number when a flat or suite follows (Nordic, Baltic, Central European
streets carry no street word)."""
_LINE_END_STREET = re.compile(
    rf"(?<![\w\-.])(?:{_NAME}[ \t]+){{0,3}}[{_UP}][\w'’\-]*+[ \t]+{_HOUSE}\.?(?=[ \t]*,?[ \t]*{_BR})")
"""A street name and house number ending a line: an address when lines with a postcode follow."""
_SAID_TO_LIVE_AT = re.compile(
    r"(?i:\b(?:lives?|lived|living|resides?|resided|residing|located|situated|(?:home|postal|street|mailing)\s+address"
    r"|address\s+is|(?:deliver|ship|send|sent|mail|post)(?:ed|ped)?(?:\s+(?:it|this|them|the\s+\w+))?\s+to)"
    r"(?:\s+(?:at|in|on))?[:,]?)\s+"
    rf"((?:{_HOUSE}[ \t]+)?(?:{_NAME}[ \t]+){{0,3}}[{_UP}][\w'’\-]*+[ \t]+{_HOUSE})(?![\w\-]|[.,]\d)"
)
"""A street name and house number right after words that say an address follows ("lives at")."""
_CORNER = re.compile(
    rf"(?i:corner\s+of)\s+((?:[{_UP}\d][\w'’.\-]*+[ \t]+){{0,5}}?[{_UP}\d][\w'’\-]*+)"
    rf"\s+(?:and|&)\s+((?:[{_UP}\d][\w'’\-]*+[ \t]+){{0,3}}[{_UP}\d][\w'’\-]*+)"
)
"""A street corner: "corner of 5th Avenue and Main Street" (either side naming a street or a number)."""
_UNIT_ALONE = re.compile(r"(?<![\w\-])(?:Apt|Apartment|Suite|Ste)\.?[ \t]?#?\d{1,5}[A-Z]?(?![\w\-])")
"""A flat or suite number on its own (the rest of the address written elsewhere)."""
_BLOCK_POSTCODE = re.compile(rf"(?<!\d)\d{{4,5}}(?!\d)|{_UK_POSTCODE}|{_CA_POSTCODE}")
_NEXT_LINES = re.compile(
    rf"(?:,?[ \t]*{_BR}[ \t]*(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Bldg)\.?\s*[\w\-]{{1,6}}"
    rf"|(?!(?:Thanks?|Regards|Best|Cheers|Sincerely|Hi|Hello|Dear|Kind|Yours|Please|The|This|That|I|We|You|It)\b)"
    rf"[{_UP}][\w'’.\-]*+(?:,?[ \-](?:[{_UP}(][\w'’.\-)]*+|\d{{4,5}}(?:-\d{{4}})?)){{0,5}}"
    rf"|,?\s*[A-Z]{{2}}|\d{{4,5}}(?:-\d{{4}})?)(?=[.,;]?[ \t]*(?:{_BR}|$))){{1,4}}"
)
"""Lines under a street line in an address block: unit, town, region, country and postcode lines."""
_POSTCODE_RES = [(re.compile(p), s) for p, s in _POSTCODES]
_HAS_TAIL = re.compile(rf"(?:\d{{5}}|{_UK_POSTCODE}|{_CA_POSTCODE})\s*$|\d{{5}}\s+{_TOWN}\s*$")
_LETTERS = re.compile(r"[^\W\d_]+")


def _hint_words() -> frozenset[str]:
    words = {w.casefold() for w in _LETTERS.findall(f"{_SUFFIX}|{_PREFIX_WORDS}|{_SEPARATE_WORDS}")}
    words |= {w + "s" for w in words} | {w[:-1] for w in words if w.endswith("s")}
    return frozenset(words | {"box", "center", "centre", "harbor", "harbour", "psc", "cmr", "fpo", "postbox", "postfach"})


_HINT_WORDS = _hint_words()
_DOOR_BEFORE = re.compile(r"(?<![\w\-.,/])\d{1,6}[ \t]+$")
"""A number right before a street line (a building or door number written first)."""


def _with_door(text: str, start: int) -> int:
    """``start`` moved back over a number standing right before it."""
    door = _DOOR_BEFORE.search(text, max(0, start - 8), start)
    return start if door is None else door.start()
_COMPOUND_ENDINGS = tuple(w.replace("\\.", "") for w in _DE_WORDS.split("|"))


def has_street_word(text: str) -> bool:
    """Whether any word could be a street word (a cheap gate before the street regexes)."""
    return any(w in _HINT_WORDS or w.endswith(_COMPOUND_ENDINGS) for w in _LETTERS.findall(text.casefold()))


@own_recognizer
class AddressRecognizer(OwnRecognizer):
    supported_entities = ["STREET_ADDRESS", "POSTAL_CODE"]
    context = ["address", "street", "zip", "postcode", "postal", "plz", "residence", "resides"]
    hold_patterns = [r.pattern for r, _ in _STREET_RES + _POSTCODE_RES]

    def find(self, text: str) -> Iterator[Found]:
        streets = Covered()
        for m in _CORNER.finditer(text) if "orner" in text else []:
            if any(has_street_word(side) or any(c.isdigit() for c in side) for side in m.groups()):
                streets.add(m.start(), m.end())
                yield Found("STREET_ADDRESS", m.start(), m.end(), 0.75)
        for regex, score in _STREET_RES if has_street_word(text) else []:
            for m in regex.finditer(text):
                if streets.contains(m.start(), m.end()):
                    continue
                end = m.end()
                block = _NEXT_LINES.match(text, end)
                if block is not None:
                    end = block.end()
                full = score + 0.15 if block is not None or _HAS_TAIL.search(m.group(0)) else score
                start = _with_door(text, m.start())
                streets.add(start, end)
                yield Found("STREET_ADDRESS", start, end, min(full, 0.9))
        for m in _NAMED_STREET_WITH_FLAT.finditer(text):
            if not streets.contains(m.start(), m.end()):
                block = _NEXT_LINES.match(text, m.end())
                start, end = _with_door(text, m.start()), m.end() if block is None else block.end()
                streets.add(start, end)
                yield Found("STREET_ADDRESS", start, end, 0.75)
        for m in _LINE_END_STREET.finditer(text):
            block = _NEXT_LINES.match(text, m.end())
            if block is not None and not streets.contains(m.start(), m.end()) and _BLOCK_POSTCODE.search(block.group(0)):
                start = _with_door(text, m.start())
                streets.add(start, block.end())
                yield Found("STREET_ADDRESS", start, block.end(), 0.75)
        for m in _SAID_TO_LIVE_AT.finditer(text):
            if not streets.contains(m.start(1), m.end(1)):
                streets.add(m.start(1), m.end(1))
                yield Found("STREET_ADDRESS", m.start(1), m.end(1), 0.6)
        for m in _UNIT_ALONE.finditer(text):
            if not streets.contains(m.start(), m.end()):
                yield Found("STREET_ADDRESS", m.start(), m.end(), 0.5)
        for regex, score in _POSTCODE_RES:
            for m in regex.finditer(text):
                if not streets.contains(m.start(), m.end()):
                    yield Found("POSTAL_CODE", m.start(), m.end(), score)
