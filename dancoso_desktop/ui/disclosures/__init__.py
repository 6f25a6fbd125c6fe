"""The disclosure register's widgets: table model and proxy, record form, plan view, due panel."""
