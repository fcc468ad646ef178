#!/usr/bin/env python3
"""Verify a Sluice audit export bundle with nothing but the Python standard library and ``cryptography``.

Written from ``audit/FORMATS.md`` alone (section numbers below refer to it); it imports nothing of Sluice,
so an auditor can read it whole, copy it anywhere and run it:

    python3 standalone_verify.py BUNDLE.zip --public-key audit-signing.pub [--checkpoint CP.txt ...] [--json]

Exit status: 0 intact, 1 not intact (the first problem is named), 2 wrong usage (no key, unreadable key or
checkpoint file). ``--insecure-no-key`` checks integrity against the key the bundle carries, which proves
nothing about who made it.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import itertools
import json
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

EXIT_OK, EXIT_NOT_INTACT, EXIT_USAGE = 0, 1, 2
BUNDLE_FORMAT = "sluice-audit-bundle"
MANIFEST_FIELDS = {"format", "version", "export_id", "origin", "created", "filters", "complete",
                   "record_format", "record_file", "records", "tree_size", "purged", "key_id", "files"}
UNSIGNED = {"manifest.json", "manifest.sig"}  # every other member is listed in the manifest
SIG_PREFIX = "\u2014 "
SMALL = 16 << 20
READ_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, KeyError, ValueError)


class Stop(Exception):
    """Nothing further can be checked."""


@dataclass
class Report:
    problems: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    records: int = 0
    tree_size: int = 0
    checkpoints: int = 0

    def add(self, kind: str, message: str, seq: int | None = None) -> None:
        self.problems.append({"kind": kind, "seq": seq, "message": message})

    def first(self) -> dict:
        located = [p for p in self.problems if p["seq"] is not None]
        return min(located, key=lambda p: p["seq"]) if located else self.problems[0]


# --- keys and signed notes (FORMATS.md 3) -----------------------------------------------------------
@dataclass(frozen=True)
class Key:
    name: str
    key_hash: bytes  # first 4 bytes of SHA-256(name || 0x0A || 0x01 || public key)
    public: bytes

    @property
    def label(self) -> str:
        return f"{self.name}+{self.key_hash.hex()}"


def parse_key(text: str) -> Key:
    name, _, rest = text.strip().partition("+")
    key_id, _, payload = rest.partition("+")
    if not name or "+" in name or any(c.isspace() for c in name) or len(key_id) != 8:
        raise ValueError("not a verifier key (expected NAME+KEYID+BASE64)")
    raw = base64.b64decode(payload, validate=True)
    if len(raw) != 33 or raw[0] != 1:
        raise ValueError("not an Ed25519 verifier key")
    key_hash = hashlib.sha256(name.encode() + b"\n" + raw).digest()[:4]  # raw = 0x01 || public key
    if key_hash.hex() != key_id.lower():
        raise ValueError("key id does not match the key")
    return Key(name, key_hash, raw[1:])


def open_note(note: str, key: Key) -> str:
    """The signed text of a note if ``key`` signed it; ValueError otherwise."""
    text, sep, signatures = note.rpartition("\n\n")
    if not sep or not signatures:
        raise ValueError("not a signed note (no signature block)")
    text += "\n"
    for line in signatures.splitlines():
        if not line.startswith(SIG_PREFIX):
            raise ValueError("malformed signature line")
        name, _, sig = line[len(SIG_PREFIX):].partition(" ")
        raw = base64.b64decode(sig, validate=True)
        if name == key.name and raw[:4] == key.key_hash:
            try:
                if len(raw) != 68:
                    raise InvalidSignature
                Ed25519PublicKey.from_public_bytes(key.public).verify(raw[4:], text.encode())
                return text
            except InvalidSignature:
                raise ValueError(f"signature by {name} does not verify") from None
    raise ValueError(f"not signed by key {key.label}")


@dataclass(frozen=True)
class Checkpoint:
    size: int
    root: bytes
    time: str


def parse_checkpoint(note: str, key: Key) -> Checkpoint:
    """FORMATS.md 4: origin, size, base64 root, extension lines (one is ``time <RFC 3339>``)."""
    lines = open_note(note, key).split("\n")[:-1]
    if len(lines) < 3:
        raise ValueError("a checkpoint needs origin, size and root lines")
    _, size, root_b64, *extensions = lines
    if not size.isdigit() or (size.startswith("0") and size != "0"):
        raise ValueError("checkpoint size is not a decimal number")
    root = base64.b64decode(root_b64, validate=True)
    if len(root) != 32:
        raise ValueError("checkpoint root hash is not 32 bytes")
    times = [line[5:] for line in extensions if line.startswith("time ")]
    if not times:
        raise ValueError("checkpoint has no time line")
    datetime.strptime(times[-1], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    return Checkpoint(int(size), root, times[-1])


# --- Merkle tree (FORMATS.md 2) ------------------------------------------------------------------------
def leaf_hash(entry: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + entry).digest()


def roots_at(leaves: list[bytes], sizes: set[int]) -> dict[int, bytes]:
    """RFC 6962 MTH of every prefix of ``leaves`` whose length is in ``sizes``."""
    roots = {0: hashlib.sha256(b"").digest()} if 0 in sizes else {}
    stack: list[bytes] = []  # roots of the perfect subtrees of the prefix, largest first
    for i, h in enumerate(leaves):
        n = i
        while n & 1:
            h = hashlib.sha256(b"\x01" + stack.pop() + h).digest()
            n >>= 1
        stack.append(h)
        if i + 1 in sizes:
            root = stack[-1]
            for left in reversed(stack[:-1]):
                root = hashlib.sha256(b"\x01" + left + root).digest()
            roots[i + 1] = root
    return roots


# --- the bundle (FORMATS.md 5-9) -------------------------------------------------------------------
def read_small(archive: zipfile.ZipFile, name: str, report: Report) -> bytes:
    try:
        if archive.getinfo(name).file_size > SMALL:
            raise ValueError("too large")
        return archive.read(name)
    except READ_ERRORS as exc:
        report.add("bundle", f"{name} cannot be read ({type(exc).__name__})")
        raise Stop from None


def check_members(archive: zipfile.ZipFile, report: Report) -> None:
    seen: set[str] = set()
    for name in archive.namelist():
        if name in seen:
            report.add("bundle", f"{name} appears more than once in the archive (duplicate member)")
            raise Stop
        if name.startswith("/") or "\\" in name or ".." in name.split("/"):
            report.add("bundle", f"{name!r} is not a plain member name")
            raise Stop
        seen.add(name)


def read_manifest(archive: zipfile.ZipFile, report: Report) -> tuple[bytes, dict]:
    raw = read_small(archive, "manifest.json", report)
    try:
        manifest = json.loads(raw)
    except ValueError:
        report.add("bundle", "manifest.json is not valid JSON (malformed manifest)")
        raise Stop from None
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not (isinstance(files, dict) and manifest.get("format") == BUNDLE_FORMAT
            and manifest.get("version") == 1
            and isinstance(manifest.get("tree_size"), int) and isinstance(manifest.get("records"), int)
            and all(isinstance(m, dict) and isinstance(m.get("sha256"), str)
                    and isinstance(m.get("size"), int) for m in files.values())):
        report.add("bundle", f"manifest.json is malformed (not a {BUNDLE_FORMAT} version 1 manifest)")
        raise Stop
    unknown = sorted(set(manifest) - MANIFEST_FIELDS)
    if unknown:
        report.add("bundle", f"manifest.json has fields this verifier does not know: {', '.join(unknown)}")
    return raw, manifest


def choose_key(archive: zipfile.ZipFile, pinned: Key | None, report: Report) -> Key:
    try:
        bundled = parse_key(read_small(archive, "public-key.txt", report).decode("utf-8", "replace"))
    except (ValueError, binascii.Error) as exc:
        report.add("bundle", f"public-key.txt: {exc}")
        bundled = None
    if pinned is None:
        if bundled is None:
            raise Stop
        report.notes.append(f"the bundle's own key {bundled.label} was used; it proves nothing about who "
                            f"made the bundle")
        return bundled
    if bundled is not None and bundled != pinned:
        report.add("signature", f"wrong key: the bundle carries key {bundled.label}, not {pinned.label}")
    return pinned


def check_signature(archive: zipfile.ZipFile, raw: bytes, key: Key, report: Report) -> None:
    expected = f"{BUNDLE_FORMAT} manifest\nsha256 {hashlib.sha256(raw).hexdigest()}\n"
    try:
        if open_note(read_small(archive, "manifest.sig", report).decode("utf-8", "replace"), key) != expected:
            report.add("signature", "manifest.sig does not sign this manifest (manifest modified)")
    except (ValueError, binascii.Error) as exc:
        report.add("signature", f"manifest.sig: {exc}")


def check_files(archive: zipfile.ZipFile, manifest: dict, report: Report) -> None:
    present = set(archive.namelist())
    for name in sorted(present - set(manifest["files"]) - UNSIGNED):
        report.add("bundle", f"{name} is not listed in the manifest (inserted file)")
    for name, meta in sorted(manifest["files"].items()):
        if name not in present:
            report.add("bundle", f"{name} is listed in the manifest but missing (deleted file)")
            continue
        digest, size = hashlib.sha256(), 0
        try:
            with archive.open(name) as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
                    size += len(block)
        except READ_ERRORS as exc:
            report.add("bundle", f"{name} is damaged ({type(exc).__name__})")
            continue
        if (digest.hexdigest(), size) != (meta["sha256"], meta["size"]):
            report.add("bundle", f"{name} was modified: its SHA-256 does not match the signed manifest")


def collect_checkpoints(archive: zipfile.ZipFile, key: Key, manifest: dict, published: list[str],
                        report: Report) -> list[tuple[int, bytes, str]]:
    """(size, root, label) of the export checkpoint, the bundle's earlier ones and the published ones."""
    try:
        main = parse_checkpoint(read_small(archive, "checkpoint.txt", report).decode("utf-8", "replace"), key)
    except (ValueError, binascii.Error) as exc:
        report.add("signature", f"checkpoint.txt: {exc}")
        raise Stop from None
    if main.size != manifest["tree_size"]:
        report.add("bundle", f"the manifest says tree size {manifest['tree_size']}, "
                             f"the checkpoint {main.size}")
    found = [(main.size, main.root, f"the export checkpoint ({main.time})")]
    if "checkpoints.jsonl" in archive.namelist():
        for i, line in enumerate(read_small(archive, "checkpoints.jsonl", report).splitlines()):
            try:
                note = json.loads(line)["note"]
                if not isinstance(note, str):
                    raise TypeError("note is not a string")
            except (ValueError, KeyError, TypeError) as exc:
                report.add("bundle", f"checkpoints.jsonl line {i + 1} is malformed ({type(exc).__name__})")
                continue
            try:
                cp = parse_checkpoint(note, key)
            except (ValueError, binascii.Error) as exc:
                report.add("signature", f"checkpoints.jsonl line {i + 1}: {exc}")
                continue
            if (cp.size, cp.root) != (main.size, main.root):
                found.append((cp.size, cp.root, f"checkpoint of {cp.time}"))
    for i, note in enumerate(published):
        try:
            cp = parse_checkpoint(note, key)
        except (ValueError, binascii.Error) as exc:
            report.add("signature", f"published checkpoint {i + 1}: {exc}")
            continue
        label = f"published checkpoint {i + 1} ({cp.time}, size {cp.size})"
        if cp.size > main.size and cp.time > main.time:
            report.notes.append(f"{label} is newer and larger than this bundle; it cannot be compared")
            continue
        found.append((cp.size, cp.root, label))
    return found


def read_leaves(archive: zipfile.ZipFile, size: int, report: Report) -> list[bytes]:
    with archive.open("leaves.bin") as handle:
        data = handle.read()
    if len(data) != size * 32:
        report.add("truncated", f"leaves.bin holds {len(data) / 32:g} leaf hashes but the signed tree "
                                f"has {size}")
    return [data[i:i + 32] for i in range(0, len(data) - len(data) % 32, 32)]


def check_checkpoints(leaves: list[bytes], checkpoints: list[tuple[int, bytes, str]], report: Report) -> None:
    roots = roots_at(leaves, {size for size, _, _ in checkpoints})
    for size, root, label in sorted(checkpoints):
        if size not in roots:
            report.add("truncated", f"log truncated: {label} covers {size} records but only "
                                    f"{len(leaves)} are present", len(leaves))
        elif roots[size] != root:
            report.add("checkpoint", f"{label} (size {size}) does not match the records 0..{size - 1}: "
                                     f"they were rewritten or the checkpoint is forged")
        else:
            report.checkpoints += 1


def parse_entry(line: bytes):
    try:
        return json.loads(line)
    except ValueError:
        return None


def entry_seq(value) -> int | None:
    seq = value.get("seq") if isinstance(value, dict) else None
    return seq if isinstance(seq, int) and not isinstance(seq, bool) else None


def tombstone(value, seq: int) -> list[tuple[int, int]]:
    """FORMATS.md 8: the positions (before itself) an ``audit.purged`` system event says retention emptied."""
    if not (isinstance(value, dict) and value.get("kind") == "system" and value.get("action") == "audit.purged"):
        return []
    detail = value.get("detail")
    positions = detail.get("positions") if isinstance(detail, dict) else None
    return [(a, b) for a, b in (p for p in positions or [] if isinstance(p, list) and len(p) == 2)
            if type(a) is int and type(b) is int and 0 <= a <= b < seq]


def to_ranges(positions) -> list[list[int]]:
    """Ascending positions grouped into inclusive ``[first, last]`` runs (consecutive = same ``p - i``)."""
    runs = itertools.groupby(enumerate(sorted(positions)), key=lambda item: item[1] - item[0])
    return [[group[0][1], group[-1][1]] for group in (list(g) for _, g in runs)]


def check_records(archive: zipfile.ZipFile, leaves: list[bytes], size: int, manifest: dict,
                  report: Report) -> None:
    """FORMATS.md 8: each line of events.jsonl is the leaf at its ``seq``; seqs ascend (and, for a complete
    export, cover 0..size-1 except positions a tombstone in the bundle says retention emptied)."""
    complete = bool(manifest.get("complete"))
    previous, missing, purged = -1, set(), set()
    with archive.open("events.jsonl") as handle:
        for line in handle:
            entry = line[:-1] if line.endswith(b"\n") else line
            report.records += 1
            where = f"line {report.records}"
            value = parse_entry(entry)
            seq = entry_seq(value)
            if seq is None:
                report.add("edited", f"events.jsonl {where} is not a valid audit entry (edited)",
                           previous + 1)
                continue
            if seq <= previous:
                if seq in missing:
                    missing.discard(seq)
                    kind = "reordered"
                else:
                    kind = "inserted" if seq == previous or not complete else "reordered"
                report.add(kind, f"record {seq} ({where}) is out of order after record {previous} "
                                 f"({kind})", seq)
                continue
            if seq >= size:
                report.add("inserted", f"record {seq} ({where}) is beyond the signed tree of size "
                                       f"{size}", seq)
                continue
            if complete:
                missing.update(range(previous + 1, seq))
            if seq >= len(leaves):
                report.add("truncated", f"leaves.bin has no leaf for record {seq}", seq)
                continue
            if leaf_hash(entry) != leaves[seq]:
                report.add("edited", f"record {seq} ({where}) was edited: it does not match its leaf", seq)
            else:
                for first, last in tombstone(value, seq):
                    purged.update(range(first, last + 1))
            previous = seq
    if complete:
        missing.update(range(previous + 1, size))
        if isinstance(manifest.get("purged"), list) and to_ranges(missing) != manifest["purged"]:
            report.add("bundle", "the manifest's purged positions do not match the records missing from "
                                 "events.jsonl")
    unexplained = sorted(missing - purged)
    tail = [seq for seq in unexplained if seq > previous]
    for seq in unexplained:
        if seq <= previous:
            report.add("deleted", f"record {seq} is missing (deleted)", seq)
    if tail:
        report.add("truncated", f"records {tail[0]}..{tail[-1]} are missing (truncated)", tail[0])


def verify(path: str, pinned: Key | None, published: list[str]) -> Report:
    report = Report()
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        report.add("bundle", f"{path} does not exist")
        return report
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        report.add("bundle", f"{path} is not a complete bundle ({type(exc).__name__}: truncated or "
                             f"not a ZIP)")
        return report
    with archive:
        try:
            check_members(archive, report)
            raw, manifest = read_manifest(archive, report)
            key = choose_key(archive, pinned, report)
            check_signature(archive, raw, key, report)
            check_files(archive, manifest, report)
            checkpoints = collect_checkpoints(archive, key, manifest, published, report)
            if not {"events.jsonl", "leaves.bin"} <= set(archive.namelist()):
                report.add("bundle", "the bundle lacks events.jsonl or leaves.bin")
                raise Stop
            size = manifest["tree_size"]
            report.tree_size = size
            leaves = read_leaves(archive, size, report)
            check_records(archive, leaves, size, manifest, report)
            check_checkpoints(leaves, checkpoints, report)
            if report.records != manifest["records"]:
                report.add("deleted" if report.records < manifest["records"] else "inserted",
                           f"events.jsonl holds {report.records} records, the signed manifest lists "
                           f"{manifest['records']}")
        except Stop:
            pass
        except READ_ERRORS as exc:
            report.add("bundle", f"the bundle is damaged ({type(exc).__name__}: truncated or corrupt)")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Verify a Sluice audit export bundle offline.")
    parser.add_argument("bundle")
    parser.add_argument("--public-key", help="the log's verifier key file (NAME+KEYID+BASE64)")
    parser.add_argument("--checkpoint", action="append", default=[],
                        help="a published checkpoint (repeatable)")
    parser.add_argument("--insecure-no-key", action="store_true", help="use the key inside the bundle")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if (args.public_key is None) == (not args.insecure_no_key):
        print("standalone_verify: give --public-key FILE, or --insecure-no-key (integrity only)",
              file=sys.stderr)
        return EXIT_USAGE
    if args.checkpoint and args.public_key is None:
        print("standalone_verify: --checkpoint needs --public-key", file=sys.stderr)
        return EXIT_USAGE
    try:
        pinned = parse_key(open(args.public_key, encoding="utf-8").read()) if args.public_key else None
        published = [open(p, encoding="utf-8").read() for p in args.checkpoint]
    except (OSError, UnicodeDecodeError, ValueError, binascii.Error) as exc:
        print(f"standalone_verify: {exc}", file=sys.stderr)
        return EXIT_USAGE
    report = verify(args.bundle, pinned, published)
    ok = not report.problems
    if args.json:
        print(json.dumps({"ok": ok, "records": report.records, "tree_size": report.tree_size,
                          "checkpoints": report.checkpoints, "notes": report.notes,
                          "problems": report.problems}))
    else:
        for note in report.notes:
            print(f"note: {note}", file=sys.stderr)
        for problem in report.problems[:20]:
            print(f"problem: {problem['message']}", file=sys.stderr)
        print(f"OK: {args.bundle}: {report.records} records, tree size {report.tree_size}, "
              f"{report.checkpoints} checkpoint(s) verified" if ok
              else f"FAILED: {args.bundle}: {report.first()['message']}")
    return EXIT_OK if ok else EXIT_NOT_INTACT


if __name__ == "__main__":
    sys.exit(main())
