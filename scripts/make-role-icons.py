#!/usr/bin/env python3
"""Writes resources/icons/roles/<role>.svg: one badge per role, coloured by
palette group, with a pictogram and a short label. Run it again after adding
a role to the catalog; the SVGs are committed so builds need no Python."""
import json, os, sys

root = os.path.join(os.path.dirname(__file__), "..")
# Every role of every built-in catalog: a design may carry a role its own
# catalog lacks, and the palette still draws it.
roles = {}
for name in ("configmgr-2017.json", "configmgr-current-2022.json"):
    catalog = json.load(open(os.path.join(root, "resources/catalog", name), encoding="utf-8"))
    for role in catalog["roles"]:
        roles.setdefault(role["id"], role)
out = os.path.join(root, "resources/icons/roles")

COLORS = {"site_system": ("#1f5f99", "#e7f0fa"), "client": ("#2e7d32", "#e8f5e9"), "external": ("#8a5a00", "#fff4dc")}
LABEL = {
    "site_server": "SS", "sms_provider": "PRV", "site_database": "SQL", "management_point": "MP",
    "distribution_point": "DP", "cloud_distribution_point": "CDP", "software_update_point": "SUP",
    "upstream_wsus": "WSUS", "fallback_status_point": "FSP", "state_migration_point": "SMP",
    "reporting_services_point": "RSP", "app_catalog_web_service_point": "ACW", "app_catalog_website_point": "ACS",
    "asset_intelligence_sync_point": "AI", "endpoint_protection_point": "EP", "enrollment_point": "ENR",
    "enrollment_proxy_point": "EPX", "certificate_registration_point": "CRP", "policy_module": "NDES",
    "service_connection_point": "SCP", "exchange_connector": "EXC", "console": "CON", "client": "PC",
    "mac_client": "MAC", "mobile_device": "MOB", "domain_controller": "DC", "issuing_ca": "CA",
    "exchange_online": "EXO", "exchange_onprem": "EX", "microsoft_cloud": "MS", "intune": "INT",
    "internet": "WWW", "proxy_server": "PXY",
    "cloud_management_gateway": "CMG", "cmg_connection_point": "CMCP", "data_warehouse_service_point": "DW",
    "remote_content_library": "RCL", "wsus_database": "WDB", "azure_services": "AZ",
}

def glyph(role, fg):
    """A small pictogram in the top half (48x48 canvas)."""
    if role in ("client", "console", "mac_client"):
        return f'<rect x="15" y="9" width="18" height="12" rx="1.5" fill="none" stroke="{fg}" stroke-width="2"/><path d="M20 24h8" stroke="{fg}" stroke-width="2"/>'
    if role == "mobile_device":
        return f'<rect x="19" y="7" width="10" height="17" rx="2" fill="none" stroke="{fg}" stroke-width="2"/>'
    if role in ("site_database", "wsus_database"):
        return f'<ellipse cx="24" cy="10" rx="8" ry="3" fill="none" stroke="{fg}" stroke-width="2"/><path d="M16 10v10c0 2 16 2 16 0V10" fill="none" stroke="{fg}" stroke-width="2"/>'
    if role in ("internet", "microsoft_cloud", "intune", "exchange_online", "cloud_distribution_point",
                "cloud_management_gateway", "azure_services"):
        return f'<path d="M15 22h17a5 5 0 0 0-1-10 7 7 0 0 0-13 2 4 4 0 0 0-3 8z" fill="none" stroke="{fg}" stroke-width="2"/>'
    if role in ("domain_controller", "issuing_ca"):
        return f'<path d="M24 6l9 4v6c0 5-4 8-9 10-5-2-9-5-9-10v-6z" fill="none" stroke="{fg}" stroke-width="2"/>'
    if role == "remote_content_library":  # a folder: a share
        return f'<path d="M14 10h7l2 3h11v10H14z" fill="none" stroke="{fg}" stroke-width="2"/>'
    if role == "proxy_server":
        return f'<path d="M12 15h24M30 10l6 5-6 5M18 10l-6 5 6 5" fill="none" stroke="{fg}" stroke-width="2"/>'
    # servers
    return f'<rect x="15" y="7" width="18" height="7" rx="1.5" fill="none" stroke="{fg}" stroke-width="2"/><rect x="15" y="16" width="18" height="7" rx="1.5" fill="none" stroke="{fg}" stroke-width="2"/><circle cx="19" cy="10.5" r="1" fill="{fg}"/><circle cx="19" cy="19.5" r="1" fill="{fg}"/>'

os.makedirs(out, exist_ok=True)
for role in roles.values():
    fg, bg = COLORS[role["group"]]
    label = LABEL[role["id"]]
    size = 13 if len(label) <= 3 else 10.5
    svg = f'''<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">
<title>{role["name"]}</title>
<rect x="1.5" y="1.5" width="45" height="45" rx="8" fill="{bg}" stroke="{fg}" stroke-width="3"/>
{glyph(role["id"], fg)}
<text x="24" y="41" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="{size}" fill="{fg}">{label}</text>
</svg>
'''
    open(os.path.join(out, role["id"] + ".svg"), "w", encoding="utf-8").write(svg)
print(len(roles), "icons written to", out)
