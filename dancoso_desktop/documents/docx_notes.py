"""Real Word footnotes for python-docx, which has no footnote API (see documents.docx).

The first reference creates word/footnotes.xml with Word's separator and continuation
separator notes; each cited note gets one footnote, referenced wherever it is cited, so Word
and LibreOffice keep it at the foot of its page and renumber it on edits.
"""

from __future__ import annotations

from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from dancoso_desktop.documents.layout import LAYOUT as L
from dancoso_desktop.documents.report import clean

_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    """A real footnotes part, created on first use."""

    def __init__(self, d: Any) -> None:
        self.d = d
        self.root: Any = None
        self.ids: dict[int, int] = {}

    def _ensure(self) -> Any:
        if self.root is None:
            w = nsdecls("w")
            self.root = parse_xml(
                f'<w:footnotes {w}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
                'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
                '</w:footnote></w:footnotes>')
        return self.root

    def reference(self, run_parent: Any, number: int, text: str) -> None:
        """Add a footnote reference at the end of paragraph ``run_parent``."""
        root = self._ensure()
        if number not in self.ids:
            fid = len(self.ids) + 1
            self.ids[number] = fid
            note = parse_xml(
                f'<w:footnote {nsdecls("w")} w:id="{fid}"><w:p><w:pPr><w:jc w:val="both"/>'
                '<w:spacing w:after="0"/><w:ind w:firstLine="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="{int(L.footnote_size * 2)}"/>'
                '</w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="{int(L.footnote_size * 2)}"/></w:rPr>'
                '<w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>')
            r = note[0].makeelement(qn("w:r"), {})
            rpr = parse_xml(f'<w:rPr {nsdecls("w")}><w:sz w:val="{int(L.footnote_size * 2)}"/></w:rPr>')
            r.append(rpr)
            t = r.makeelement(qn("w:t"), {})
            t.text = clean(text)
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.append(t)
            note[0].append(r)
            root.append(note)
        run = run_parent.add_run()
        run._r.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>'))
        run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{self.ids[number]}"/>'))

    def attach(self) -> None:
        if self.root is None:
            return
        from lxml import etree

        main = self.d.part
        part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT,
                    etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True),
                    main.package)
        main.relate_to(part, RT.FOOTNOTES)
