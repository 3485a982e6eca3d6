"""Benchmarks of Contatti against the physical limits measured in the same run."""
