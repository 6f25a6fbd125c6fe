"""A smaller ICU data library for the Linux bundle (build.spec).

Qt on Linux links ICU, and PySide6's wheel ships ICU's complete data as one library,
libicudata.so.NN: 32 MB of converters for legacy Asian code pages, break dictionaries for Thai,
Khmer, Lao, Burmese and Chinese/Japanese, transliterators, and the names of currencies, units,
languages, regions and time zones in some 800 locales. The program never asks ICU for any of it:
it uses no QCollator, QTimeZone names, QStringConverter for legacy encodings or locale-aware
compare (Python does its text work; Qt uses its own locale tables), and Qt on Windows is built
without ICU altogether. What is kept: every structural item (Unicode properties, normalisation,
case mapping, the break rules, the collation root, likely subtags, metadata, time-zone data) and
the Vietnamese and English locales of every category — about 4.5 MB.

The library is rebuilt from the subset with the binutils PyInstaller itself needs on Linux
(``as`` and ``ld``). When anything is unusual — no binutils, not a 64-bit little-endian ELF, no
``icudtNN_dat`` symbol, an unknown data format — the caller keeps the original library: the
bundle is then bigger, never broken.

    python tools/icu_subset.py LIBICUDATA OUT.so     (what build.spec does, for a look by hand)
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

# Locale resource files are named after the locale (vi.res, en_GB.res, zh_Hant_TW.res); the
# structural ones are not (root.res, pool.res, res_index.res, supplementalData.res …).
_LOCALE_FILE = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Z0-9][A-Za-z0-9]*)*\.res$")
KEEP_LANGUAGES = frozenset({"vi", "en"})


def wanted(item: str) -> bool:
    """Whether the program keeps ICU data ``item`` (e.g. ``icudt73l/coll/vi.res``)."""
    parts = item.split("/")[1:]
    leaf, folder = parts[-1], (parts[0] if len(parts) > 1 else "")
    if leaf.endswith(".cnv"):            # legacy code-page converters (UTF-8/16/32 are built in)
        return False
    if folder == "translit":             # transliterators: nothing in Qt uses them
        return False
    if folder == "brkitr" and leaf.endswith(".dict"):   # Thai/Lao/Khmer/Burmese/CJK dictionaries
        return False
    m = _LOCALE_FILE.match(leaf)
    return not (m and m["lang"] not in KEEP_LANGUAGES)


def _items(data: bytes) -> tuple[int, list[tuple[str, bytes]]]:
    """The header size and (name, bytes) items of an ICU common data package ("CmnD")."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[16] != 1 or data[8] != 0:
        raise ValueError("not a little-endian ICU common data package, format 1")
    count = struct.unpack_from("<I", data, header_size)[0]
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(data) - header_size]
    items = []
    for (name_offset, offset), end in zip(entries, ends, strict=True):
        start = header_size + name_offset
        name = data[start:data.index(b"\0", start)].decode("ascii")
        items.append((name, data[header_size + offset:header_size + end]))
    return header_size, items


def subset(data: bytes, keep: Callable[[str], bool] = wanted) -> bytes:
    """The package with only the items ``keep`` accepts, in the same (sorted) order, each item
    16-byte aligned as ICU's own packager writes them."""
    header_size, items = _items(data)
    items = [(name, body) for name, body in items if keep(name)]
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    first = table_size + len(names)
    first += -first % 16
    name_offsets, offsets, position, name_position = [], [], first, table_size
    for name, body in items:
        name_offsets.append(name_position)
        name_position += len(name) + 1
        offsets.append(position)
        position += len(body) + (-len(body) % 16)
    out = bytearray(data[:header_size])
    out += struct.pack("<I", len(items))
    for name_offset, offset in zip(name_offsets, offsets, strict=True):
        out += struct.pack("<II", name_offset, offset)
    out += names
    out += b"\0" * (header_size + first - len(out))
    for _, body in items:
        out += body + b"\0" * (-len(body) % 16)
    return bytes(out)


def _data_symbol(lib: bytes) -> tuple[str, bytes]:
    """The name and bytes of the ``icudtNN_dat`` symbol of a 64-bit little-endian ELF library."""
    if lib[:4] != b"\x7fELF" or lib[4] != 2 or lib[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff = struct.unpack_from("<Q", lib, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", lib, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", lib, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:      # SHT_DYNSYM
            continue
        strings = sections[link]
        for i in range(size // entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from("<IBBHQQ", lib, offset + i * entsize)
            start = strings[4] + st_name
            name = lib[start:lib.index(b"\0", start)].decode("ascii")
            if re.fullmatch(r"icudt\d+_dat", name) and 0 < shndx < shnum:
                section = sections[shndx]
                file_offset = section[4] + value - section[3]
                return name, lib[file_offset:file_offset + st_size]
    raise ValueError("no icudtNN_dat symbol")


def _soname(lib: Path) -> str:
    return lib.name     # libicudata.so.73: the file is collected under its SONAME


def shrink_library(source: Path, dest: Path) -> str:
    """Write to ``dest`` an ICU data library with only the wanted items; returns what was done.
    Raises ``OSError``/``ValueError``/``subprocess.CalledProcessError`` when it cannot: the
    caller then keeps ``source``."""
    assembler, linker = shutil.which("as"), shutil.which("ld")
    if not assembler or not linker:
        raise OSError("binutils (as, ld) not found")
    symbol, data = _data_symbol(source.read_bytes())
    small = subset(data)
    with tempfile.TemporaryDirectory() as tmp:
        blob, asm, obj = Path(tmp) / "data.dat", Path(tmp) / "data.s", Path(tmp) / "data.o"
        blob.write_bytes(small)
        asm.write_text(f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
                       f'{symbol}:\n\t.incbin "{blob.as_posix()}"\n\t.size {symbol}, . - {symbol}\n'
                       f'\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        subprocess.run([assembler, "-o", str(obj), str(asm)], check=True, capture_output=True)
        subprocess.run([linker, "-shared", "-soname", _soname(source), "-o", str(dest), str(obj)],
                       check=True, capture_output=True)
    if _data_symbol(dest.read_bytes()) != (symbol, small):
        raise ValueError("the rebuilt library does not hold the subset")
    return f"{len(data) / 1e6:.1f} MB of ICU data -> {len(small) / 1e6:.1f} MB ({symbol})"


if __name__ == "__main__":
    print(shrink_library(Path(sys.argv[1]), Path(sys.argv[2])))
