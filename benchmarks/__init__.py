"""Performance harness: `python -m benchmarks [NAME…]` runs every benchmarks/bench_*.py."""
