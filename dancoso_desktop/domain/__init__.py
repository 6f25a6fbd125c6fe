"""Plain-Python core: dataclasses, legal rules, Vietnamese text helpers. No Qt, no SQL, no I/O."""
