"""Maps the design's top-level folders into the one ``sluice`` namespace.

``pyproject.toml`` holds the metadata; this file only lists the packages, because setuptools'
static configuration cannot prefix the packages it finds under several source folders.
"""

from setuptools import find_packages, setup

SUBPACKAGES = ("gateway", "policy", "inference", "kernels", "audit", "migrations")

packages = ["sluice"]
for top in SUBPACKAGES:
    packages += [f"sluice.{name}" for name in find_packages(include=[top, f"{top}.*"])]

setup(
    packages=packages,
    package_dir={"sluice": "sluice", **{f"sluice.{top}": top for top in SUBPACKAGES}},
)
