"""RFC 6962 / 9162 Merkle tree: known roots, proofs from the RFC and the CT reference, verifiers."""

from __future__ import annotations

import hashlib

import pytest

from sluice.audit.merkle import (
    EMPTY_ROOT,
    CompactRange,
    LeafListSource,
    ProofError,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    node_hash,
    root_of,
    verify_consistency,
    verify_inclusion,
)

# The eight-leaf corpus of the certificate-transparency reference tests and its published roots.
CT_LEAVES = [bytes.fromhex(h) for h in ("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                                         "606162636465666768696a6b6c6d6e6f")]
CT_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
CT_CONSISTENCY = {
    (1, 8): ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
             "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
             "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"],
    (6, 8): ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
             "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
             "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"],
    (2, 5): ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
             "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"],
}
CT_PATH_0_OF_7 = ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                  "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                  "837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e"]

LEAVES = [leaf_hash(x) for x in CT_LEAVES]


def naive_mth(hashes: list[bytes]) -> bytes:
    if not hashes:
        return hashlib.sha256(b"").digest()
    if len(hashes) == 1:
        return hashes[0]
    k = 1
    while k * 2 < len(hashes):
        k *= 2
    return node_hash(naive_mth(hashes[:k]), naive_mth(hashes[k:]))


def test_empty_tree_root_is_sha256_of_nothing():
    assert EMPTY_ROOT.hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert root_of([]) == EMPTY_ROOT


def test_ascii_digit_leaves_give_the_published_root():
    assert root_of(leaf_hash(d) for d in (b"0", b"1", b"2")).hex() == (
        "725d5230db68f557470dc35f1d8865813acd7ebb07ad152774141decbae71327")


@pytest.mark.parametrize("size", range(1, 9))
def test_ct_corpus_roots_for_every_size(size):
    assert root_of(LEAVES[:size]).hex() == CT_ROOTS[size - 1]


def test_ct_inclusion_path_of_first_leaf_in_seven():
    proof = inclusion_proof(0, 7, LeafListSource(LEAVES[:7]))
    assert [p.hex() for p in proof] == CT_PATH_0_OF_7
    verify_inclusion(0, 7, LEAVES[0], proof, bytes.fromhex(CT_ROOTS[6]))


@pytest.mark.parametrize("sizes", sorted(CT_CONSISTENCY))
def test_ct_consistency_proofs(sizes):
    first, second = sizes
    proof = consistency_proof(first, second, LeafListSource(LEAVES[:second]))
    assert [p.hex() for p in proof] == CT_CONSISTENCY[sizes]
    verify_consistency(first, second, bytes.fromhex(CT_ROOTS[first - 1]), bytes.fromhex(CT_ROOTS[second - 1]),
                       proof)


def test_every_inclusion_and_consistency_proof_up_to_40_leaves_verifies():
    leaves = [leaf_hash(str(i).encode()) for i in range(40)]
    source = LeafListSource(leaves)
    roots = [naive_mth(leaves[:n]) for n in range(41)]
    for size in range(1, 41):
        for index in range(size):
            verify_inclusion(index, size, leaves[index], inclusion_proof(index, size, source), roots[size])
        for first in range(0, size + 1):
            verify_consistency(first, size, roots[first], roots[size], consistency_proof(first, size, source))


def test_consistency_verifier_rejects_a_proof_that_does_not_cover_the_second_tree():
    source = LeafListSource(LEAVES)
    proof = consistency_proof(6, 8, source)
    root6, root8 = bytes.fromhex(CT_ROOTS[5]), bytes.fromhex(CT_ROOTS[7])
    with pytest.raises(ProofError):
        verify_consistency(6, 8, root6, root8, proof[:-1])
    with pytest.raises(ProofError):
        verify_consistency(6, 8, root6, root8, proof + [root8])
    with pytest.raises(ProofError):
        verify_consistency(6, 7, root6, bytes.fromhex(CT_ROOTS[6]), proof)


def test_wrong_roots_and_wrong_paths_are_rejected():
    source = LeafListSource(LEAVES)
    proof = inclusion_proof(2, 5, source)
    root5 = bytes.fromhex(CT_ROOTS[4])
    with pytest.raises(ProofError):
        verify_inclusion(2, 5, LEAVES[3], proof, root5)
    with pytest.raises(ProofError):
        verify_inclusion(2, 5, LEAVES[2], proof[1:], root5)
    with pytest.raises(ProofError):
        verify_inclusion(2, 5, LEAVES[2], proof + [root5], root5)
    with pytest.raises(ProofError):
        verify_inclusion(5, 5, LEAVES[2], proof, root5)
    with pytest.raises(ProofError):
        verify_consistency(3, 8, bytes.fromhex(CT_ROOTS[3]), bytes.fromhex(CT_ROOTS[7]),
                           consistency_proof(3, 8, source))


def test_compact_range_matches_full_recomputation_and_reports_completed_subtrees():
    leaves = [leaf_hash(i.to_bytes(4, "big")) for i in range(300)]
    tree, completed = CompactRange(), []
    for i, leaf in enumerate(leaves):
        tree.append(leaf, completed, keep_level=4)
        if i % 37 == 0:
            assert tree.root() == naive_mth(leaves[: i + 1])
    restored = CompactRange.from_bytes(tree.size, tree.to_bytes())
    assert restored.root() == naive_mth(leaves)
    source = LeafListSource(leaves)
    assert {(level, index) for level, index, _ in completed} == {(4, i) for i in range(300 // 16)} | {(8, 0)}
    for level, index, h in completed:
        assert h == source.perfect(level, index)
