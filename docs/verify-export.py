#!/usr/bin/env python3
"""Check a Candor evidence export (`candor audit export LOG --out DIR`) with no Candor code.

Uses only Python's standard library and the `openssl` command:

    python3 verify-export.py DIR [--public-key SHOP.pem]

Exit 0 when every check passes, 1 when one fails (the first failure is printed), 2 when the bundle cannot be read.
Checks: every file's SHA-256 against the manifest; the tree head's RFC 6962 §3.5 signature with openssl; that the
key id is the SHA-256 of the public key; every committed entry's leaf hash and RFC 9162 inclusion proof against the
head's root; and that the readable copy (entries.jsonl) says what the committed entries say.
"""
import base64
import hashlib
import json
import struct
import subprocess
import sys
import tempfile
from pathlib import Path


class Failed(Exception):
    pass


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def der_of(signature: bytes) -> bytes:
    """An IEEE P1363 (r || s) P-256 signature as a DER Ecdsa-Sig-Value (RFC 3279), as openssl reads it."""

    def integer(value: bytes) -> bytes:
        value = value.lstrip(b"\0") or b"\0"
        if value[0] & 0x80:
            value = b"\0" + value
        return b"\x02" + bytes([len(value)]) + value

    body = integer(signature[:32]) + integer(signature[32:])
    return b"\x30" + bytes([len(body)]) + body


def pem_der(pem: str) -> bytes:
    lines = [line for line in pem.strip().splitlines() if not line.startswith("-----")]
    return base64.b64decode("".join(lines))


def included(index: int, size: int, leaf: bytes, path: list, root: bytes) -> bool:
    """RFC 9162 §2.1.3.2: whether `path` leads from leaf `index` to `root` in a tree of `size` leaves."""
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = sha256(b"\x01" + p + r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = sha256(b"\x01" + r + p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def check(bundle: Path, public_key: Path) -> str:
    manifest = json.loads((bundle / "manifest.json").read_text())
    for name, digest in manifest["files"].items():
        data = (bundle / name).read_bytes()
        if hashlib.sha256(data).hexdigest() != digest["sha256"] or len(data) != digest["bytes"]:
            raise Failed(f"{name} does not match its SHA-256 in the manifest")
    head = json.loads((bundle / "tree-head.json").read_text())
    if head != manifest["treeHead"]:
        raise Failed("tree-head.json is not the manifest's tree head")
    spki = pem_der(public_key.read_text())
    if hashlib.sha256(spki).hexdigest() != head["keyId"]:
        raise Failed(f"the key id {head['keyId']} is not the SHA-256 of {public_key}")
    signed = struct.pack(">BBQQ", 0, 1, head["timestamp"], head["treeSize"]) + bytes.fromhex(head["rootHash"])
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "tbs").write_bytes(signed)
        (Path(tmp) / "sig.der").write_bytes(der_of(b64url(head["signature"])))
        run = subprocess.run(
            ["openssl", "dgst", "-sha256", "-verify", str(public_key), "-signature", f"{tmp}/sig.der", f"{tmp}/tbs"],
            capture_output=True,
            text=True,
        )
    if run.returncode != 0 or "Verified OK" not in run.stdout:
        raise Failed(f"openssl does not verify the tree head's signature: {run.stdout.strip()} {run.stderr.strip()}")
    root = bytes.fromhex(head["rootHash"])
    committed = (bundle / "committed.jsonl").read_bytes().split(b"\n")[:-1]
    proofs = [json.loads(line) for line in (bundle / "proofs.jsonl").read_text().splitlines()]
    readable = [json.loads(line) for line in (bundle / "entries.jsonl").read_text().splitlines()]
    if not len(committed) == len(proofs) == len(readable) == manifest["entries"]:
        raise Failed("committed.jsonl, proofs.jsonl and entries.jsonl do not hold the manifest's entries")
    for n, (line, proof, copy) in enumerate(zip(committed, proofs, readable)):
        leaf = sha256(b"\x00" + line)
        if proof["index"] != copy["index"] or leaf.hex() != proof["leaf"] or leaf.hex() != copy["leaf"]:
            raise Failed(f"entry {proof['index']} (line {n + 1}) does not match its leaf hash")
        if not included(proof["index"], head["treeSize"], leaf, [bytes.fromhex(p) for p in proof["path"]], root):
            raise Failed(f"the inclusion proof of entry {proof['index']} does not lead to the signed root")
        if json.loads(line) != copy["entry"]:
            raise Failed(f"entries.jsonl says something else than the committed entry {proof['index']}")
    return f"OK: {len(committed)} entries proven at the signed tree head of size {head['treeSize']} (root {head['rootHash'][:16]}…), key {head['keyId'][:16]}…"


def main(argv: list) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[0], "\nusage: verify-export.py DIR [--public-key SHOP.pem]", file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    key = Path(argv[argv.index("--public-key") + 1]) if "--public-key" in argv else bundle / "public-key.pem"
    if "--public-key" not in argv:
        print("note: checking with the bundle's own public key; pass the key the shop published", file=sys.stderr)
    try:
        print(check(bundle, key))
        return 0
    except Failed as failure:
        print(f"FAIL: {failure}")
        return 1
    except (OSError, ValueError, KeyError) as error:
        print(f"Unusable input: {error}")
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
