"""Signed bundles of a few named files (evaluation reports and similar documents).

Same signing and checking as audit exports: a manifest with the SHA-256 and size of every file,
its digest signed as a note with the log's Ed25519 key, and the verifier key inside. Written under
a temporary name and renamed when complete. Verification never raises on bad input.
"""

from __future__ import annotations

import hashlib
import secrets
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from sluice.audit.signing import KeyFileError, SignatureInvalid, Signer, Verifier, open_note, sign_note

MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.sig"
PUBLIC_KEY = "public-key.txt"
RESERVED = frozenset({MANIFEST, MANIFEST_SIG, PUBLIC_KEY})
MAX_MEMBER = 64 << 20


def _note_text(kind: str, manifest: bytes) -> str:
    return f"{kind} manifest\nsha256 {hashlib.sha256(manifest).hexdigest()}\n"


def write_signed_files(out: Path, *, kind: str, files: dict[str, bytes], signer: Signer, meta: dict) -> Path:
    """Write ``files`` plus manifest, signature and public key into one ZIP at ``out``."""
    if RESERVED & set(files):
        raise ValueError(f"file names {sorted(RESERVED & set(files))} are reserved")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    manifest = orjson.dumps({
        "format": kind, "version": 1, **meta,
        "files": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                  for name, data in sorted(files.items())},
    }, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2)
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.partial")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in sorted(files.items()):
                archive.writestr(name, data)
            archive.writestr(MANIFEST, manifest)
            archive.writestr(MANIFEST_SIG, sign_note(_note_text(kind, manifest), signer))
            archive.writestr(PUBLIC_KEY, signer.verifier.text() + "\n")
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


@dataclass
class SignedFilesReport:
    kind: str | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def manifest_format(path: Path) -> str | None:
    """The ``format`` named by a bundle's manifest, or None when it cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            return orjson.loads(archive.read(MANIFEST)).get("format")
    except Exception:
        return None


def verify_signed_files(path: Path, *, kind: str, public_key: Verifier | None = None) -> SignedFilesReport:
    report = SignedFilesReport()
    try:
        with zipfile.ZipFile(path) as archive:
            listing = archive.namelist()
            names = set(listing)
            if len(names) != len(listing):
                report.problems.append("a member appears more than once in the archive (duplicate member)")
                return report
            missing = sorted(RESERVED - names)
            if missing:
                report.problems.append(f"missing {', '.join(missing)}")
                return report
            raw = archive.read(MANIFEST)
            manifest = orjson.loads(raw)
            if not isinstance(manifest, dict) or manifest.get("format") != kind or \
                    not isinstance(manifest.get("files"), dict):
                report.problems.append(f"{MANIFEST} is not a {kind} manifest")
                return report
            report.kind = kind
            bundled = Verifier.parse(archive.read(PUBLIC_KEY).decode("utf-8", "replace"))
            verifier = public_key or bundled
            if public_key is None:
                report.notes.append(f"the bundle's own key {bundled.text()} was used; pass --public-key to pin it")
            elif bundled != public_key:
                report.problems.append(f"wrong key: signed by {bundled.name}+{bundled.key_id}, "
                                       f"expected {public_key.name}+{public_key.key_id}")
            try:
                text = open_note(archive.read(MANIFEST_SIG).decode("utf-8", "replace"), verifier)
            except SignatureInvalid as exc:
                report.problems.append(f"manifest signature: {exc}")
                return report
            if text != _note_text(kind, raw):
                report.problems.append("the signature does not cover this manifest (manifest edited)")
            for name, expected in sorted(manifest["files"].items()):
                if name not in names:
                    report.problems.append(f"{name} is listed in the manifest but missing")
                    continue
                if archive.getinfo(name).file_size > MAX_MEMBER:
                    report.problems.append(f"{name} is larger than any report file")
                    continue
                data = archive.read(name)
                if not isinstance(expected, dict) or hashlib.sha256(data).hexdigest() != expected.get("sha256"):
                    report.problems.append(f"{name} was changed (SHA-256 differs from the manifest)")
                report.files[name] = data
            extra = sorted(names - RESERVED - set(manifest["files"]))
            if extra:
                report.problems.append(f"files not in the manifest: {', '.join(extra)}")
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, KeyError, ValueError, KeyFileError) as exc:
        report.problems.append(f"the bundle cannot be read ({type(exc).__name__}); it is damaged or not a bundle")
    return report
