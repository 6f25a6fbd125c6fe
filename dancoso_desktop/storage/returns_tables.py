"""Tables of issue 14 (migration 0010_returns): the units' returns into the commune, and the
receiving office's store of the communes' report packages.

Returns (reporting.md §7.1 ``Submission``): one ``unit_returns`` row per file read; the latest of
a unit and period wins and the earlier ones stay, marked ``superseded`` (reporting.md §6.2).
``unit_return_rows`` keeps everything the unit typed per content; ``unit_return_changes`` the
old and new value of every field an import changed, so the import is undone as one step.

Roll-up: ``rollup_communes`` (the communes the office receives from), ``rollup_packages`` (each
imported package, the whole report.json kept; a second version supersedes the first and both
stay) and ``rollup_values`` (the annex rows, one row per package and code, summed in SQL).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dancoso_desktop.storage.base import Base


class UnitReturnRow(Base):
    __tablename__ = "unit_returns"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(10))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(1000), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    written: Mapped[str] = mapped_column(String(40), default="")
    batch: Mapped[str] = mapped_column(String(40))
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    figures: Mapped[str] = mapped_column(Text, default="{}")     # JSON {code: value}
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_unit_returns_period", "year", "period", "unit_id"),
                      Index("ix_unit_returns_batch", "batch"))


class UnitReturnValueRow(Base):
    __tablename__ = "unit_return_rows"
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("unit_returns.id", ondelete="CASCADE"), index=True)
    section_id: Mapped[int | None] = mapped_column(ForeignKey("plan_sections.id", ondelete="SET NULL"),
                                                   nullable=True)
    number: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    progress: Mapped[int | None] = mapped_column(Integer, nullable=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done: Mapped[str] = mapped_column(Text, default="")
    difficulties: Mapped[str] = mapped_column(Text, default="")
    proposals: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class UnitReturnChangeRow(Base):
    __tablename__ = "unit_return_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("unit_returns.id", ondelete="CASCADE"), index=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("plan_sections.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(20))
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")


class RollupCommuneRow(Base):
    __tablename__ = "rollup_communes"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    province: Mapped[str] = mapped_column(String(200), default="")
    code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    key: Mapped[str] = mapped_column(String(420), unique=True)


class RollupPackageRow(Base):
    __tablename__ = "rollup_packages"
    id: Mapped[int] = mapped_column(primary_key=True)
    commune_id: Mapped[int] = mapped_column(ForeignKey("rollup_communes.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    year: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    report_id: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(100), default="")
    report_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    checksum: Mapped[str] = mapped_column(String(80), unique=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(1000), default="")
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    files: Mapped[str] = mapped_column(Text, default="[]")       # JSON: name, sha256, bytes
    payload: Mapped[str] = mapped_column(Text)                    # report.json as received

    __table_args__ = (Index("ix_rollup_packages_period", "year", "kind", "commune_id"),)


class RollupValueRow(Base):
    __tablename__ = "rollup_values"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("rollup_packages.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(200))
    grp: Mapped[str] = mapped_column(String(300), default="")
    label: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(60), default="")
    value: Mapped[float] = mapped_column(Float, default=0)
