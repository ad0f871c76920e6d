"""`python bot.py teams-manifest` writes a package Teams takes: the manifest within the schema's limits
(1.17), the bot in every scope with its command menus and files, and the two icons at their sizes."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "8d2e6c1a-3b4f-4a5e-9c7d-0123456789ab"


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TEAMS_", "SLACK_", "PUBLIC_URL"))}
    return subprocess.run([sys.executable, "bot.py", *args], cwd=ROOT, env={**clean, **env}, capture_output=True,
                          text=True, timeout=60)


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and each row's RGBA bytes of an unfiltered 8-bit RGBA PNG, checking every chunk's CRC."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, idat, header = 8, b"", b""
    while at < len(data):
        (length,), kind = struct.unpack(">I", data[at:at + 4]), data[at + 4:at + 8]
        body, crc = data[at + 8:at + 8 + length], struct.unpack(">I", data[at + 8 + length:at + 12 + length])[0]
        assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        at += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert (depth, colour) == (8, 6)
    raw = zlib.decompress(idat)
    stride = width * 4 + 1
    return width, height, [raw[y * stride + 1:(y + 1) * stride] for y in range(height)]


def test_the_package_holds_a_manifest_teams_accepts_and_two_icons(tmp_path):
    out = tmp_path / "teams.zip"
    done = run("teams-manifest", "--output", str(out),
               env={"TEAMS_APP_ID": APP_ID, "PUBLIC_URL": "https://matters.example.org",
                    "DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}"})
    assert done.returncode == 0, done.stderr
    package = zipfile.ZipFile(io.BytesIO(out.read_bytes()))
    assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
    manifest = json.loads(package.read("manifest.json"))
    assert manifest["manifestVersion"] == "1.17" and "/v1.17/" in manifest["$schema"]
    assert manifest["id"] == APP_ID and len(manifest["name"]["short"]) <= 30
    assert len(manifest["description"]["short"]) <= 80 and len(manifest["description"]["full"]) <= 4000
    assert all(url.startswith("https://matters.example.org") for url in manifest["developer"].values()
               if url.startswith("http"))
    [bot] = manifest["bots"]
    assert bot["botId"] == APP_ID and bot["supportsFiles"] is True
    assert sorted(bot["scopes"]) == ["groupChat", "personal", "team"]
    titles = {}
    for listing in bot["commandLists"]:
        assert 1 <= len(listing["commands"]) <= 10
        for command in listing["commands"]:
            assert len(command["title"]) <= 32 and len(command["description"]) <= 128
        for scope in listing["scopes"]:
            titles[scope] = {c["title"] for c in listing["commands"]}
    assert manifest["webApplicationInfo"]["id"] == APP_ID and manifest["webApplicationInfo"]["resource"]
    consent = manifest["authorization"]["permissions"]["resourceSpecific"]
    assert {(p["name"], p["type"]) for p in consent} == {
        ("ChannelMessage.Read.Group", "Application"), ("ChatMessage.Read.Chat", "Application"),
        ("TeamsAppInstallation.Read.User", "Application")}, "only what finding a message in doubt needs"
    assert {"myactions", "done"} <= titles["personal"]
    assert {"action", "actions", "board", "agenda", "minutes"} <= titles["team"]
    width, height, rows = png_pixels(package.read(manifest["icons"]["color"]))
    assert (width, height) == (192, 192) and all(row[3::4] == b"\xff" * 192 for row in rows)  # opaque
    width, height, rows = png_pixels(package.read(manifest["icons"]["outline"]))
    assert (width, height) == (32, 32)
    pixels = [bytes(row[x:x + 4]) for row in rows for x in range(0, 128, 4)]
    assert set(pixels) == {b"\xff\xff\xff\xff", b"\x00\x00\x00\x00"}  # white on transparent, nothing else


def test_without_an_app_id_it_says_what_is_missing(tmp_path):
    done = run("teams-manifest", "--output", str(tmp_path / "x.zip"),
               env={"DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}"})
    assert done.returncode == 2 and "TEAMS_APP_ID" in done.stderr and done.stderr.count("\n") == 1
    assert not (tmp_path / "x.zip").exists()
