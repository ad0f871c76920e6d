"""Turning minutes files into text, and the one clear line when that cannot be done."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import docx
import pytest

from minutes import MinutesFileError, extract_text, minutes_paths, read_minutes


def write_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF with the lines as real text. No PDF writer is installed, and pypdf
    cannot lay out text, so the few objects a PDF needs are written by hand."""
    stream = "BT /F1 11 Tf 14 TL 50 780 Td " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
        for line in lines
    ) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
    ]
    body, offsets = "%PDF-1.4\n", []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n{content}\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    body += "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    path.write_bytes(body.encode("latin-1"))
    return path


def write_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Eastmoor Community Safety Partnership")
    document.add_paragraph("Wednesday 4 March 2015 held at Eastmoor Fire Station")
    document.add_paragraph("Present: Cllr Jo Hendry (Chair), Amir Shah (Eastmoor Council)")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("What", "Who", "When"),
                                       ("Share the patrol map", "Amir Shah", "18.03.15"),
                                       ("Book the summer event", "Cllr Jo Hendry", "asap")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_paragraph("The next meeting will be held on 6 May 2015 at 10am at Eastmoor Fire Station.")
    document.save(str(path))
    return path


def test_a_text_file_is_read_as_it_is(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Present: Jo Hendry\n", encoding="utf-8")
    assert extract_text(path) == "Present: Jo Hendry\n"


def test_a_windows_1252_text_file_is_read_too(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes("CI Tracie O\x92Gara".encode("latin-1"))
    assert extract_text(path) == "CI Tracie O’Gara"


def test_a_markdown_file_is_read_by_its_structure(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Minutes\n\n**Present:** Jo Hendry, *Amir Shah*\n\n| What | Who |\n| --- | --- |\n"
                    "| Share the map | AS |\n", encoding="utf-8")
    assert extract_text(path).split("\n") == [
        "Minutes", "", "Present: Jo Hendry, Amir Shah", "", "What\tWho", "Share the map\tAS", ""]


def test_a_word_document_gives_paragraphs_and_table_rows_in_document_order(tmp_path):
    text = extract_text(write_docx(tmp_path / "minutes.docx"))
    lines = [line for line in text.split("\n") if line]
    assert lines[3:6] == ["What\tWho\tWhen", "Share the patrol map\tAmir Shah\t18.03.15",
                          "Book the summer event\tCllr Jo Hendry\tasap"]
    assert lines[0] == "Eastmoor Community Safety Partnership" and lines[-1].startswith("The next meeting")


def test_a_word_document_reads_into_minutes_with_its_table_of_actions(tmp_path):
    minutes = read_minutes(extract_text(write_docx(tmp_path / "minutes.docx")))
    assert minutes.board == "Eastmoor Community Safety Partnership"
    assert [(a.what, a.who, a.due) for a in minutes.actions] == [
        ("Share the patrol map", "Amir Shah", date(2015, 3, 18)),
        ("Book the summer event", "Cllr Jo Hendry", None),
    ]
    assert minutes.next_meeting.date == date(2015, 5, 6)


def test_a_pdf_gives_its_text(tmp_path):
    path = write_pdf(tmp_path / "minutes.pdf", ["Westfold Leadership Board", "Present: Ann Cole (Chair)"])
    text = extract_text(path)
    assert "Westfold Leadership Board" in text and "Present: Ann Cole (Chair)" in text


def test_a_pdf_reads_into_minutes(tmp_path):
    path = write_pdf(tmp_path / "minutes.pdf", [
        "Westfold Leadership Board", "12 March 2015, 10am until 12noon, Westfold House",
        "Present: Ann Cole (Chair), Raj Patel (Westfold CCG)",
        "ACTION: Raj Patel to circulate the plan by 20 March 2015",
    ])
    minutes = read_minutes(extract_text(path))
    assert (minutes.board, minutes.date) == ("Westfold Leadership Board", date(2015, 3, 12))
    assert [(a.who, a.due) for a in minutes.actions] == [("Raj Patel", date(2015, 3, 20))]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.doc", b"old word", "not a minutes file I can read"),
        ("notes.txt", b"", "is empty"),
        ("notes.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a text file"),
        ("notes.docx", b"this is plain text pretending", "not a real Word document"),
        ("notes.pdf", b"%PDF-1.4\nnonsense that is no pdf at all", "not a readable PDF"),
        ("notes.txt", b"  \n\t\n", "has no text"),
    ],
)
def test_an_unreadable_file_raises_one_clear_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(MinutesFileError, match=message) as raised:
        extract_text(path)
    assert "\n" not in str(raised.value)


def test_a_pdf_with_no_text_says_it_may_be_a_scan(tmp_path):
    path = write_pdf(tmp_path / "scan.pdf", [])
    with pytest.raises(MinutesFileError, match="no text to read"):
        extract_text(path)


def test_a_missing_file_is_named_in_the_error(tmp_path):
    with pytest.raises(MinutesFileError, match="does not exist"):
        extract_text(tmp_path / "gone.txt")


def test_folders_expand_to_the_minutes_files_inside_them_in_order(tmp_path):
    for name in ("b.pdf", "a.txt", "c.docx", "notes.json", "d.md"):
        (tmp_path / name).write_text("x")
    assert minutes_paths([tmp_path]) == [tmp_path / n for n in ("a.txt", "b.pdf", "c.docx", "d.md")]
    assert minutes_paths([tmp_path / "a.txt"]) == [tmp_path / "a.txt"]


def test_a_folder_without_minutes_files_is_an_error(tmp_path):
    (tmp_path / "readme.json").write_text("{}")
    with pytest.raises(MinutesFileError, match="holds no minutes files"):
        minutes_paths([tmp_path])


def test_a_missing_path_among_several_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(MinutesFileError, match="does not exist"):
        minutes_paths([tmp_path, tmp_path / "missing"])


# --- a Word document in a house style of its own: tables for attendance and actions ----

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"


def _fill(document, rows: list[tuple[str, ...]], columns: int) -> None:
    """A Word table; a row of one cell is merged across the table (a section heading)."""
    table = document.add_table(rows=len(rows), cols=columns)
    for row, cells in zip(table.rows, rows):
        if len(cells) == 1:
            row.cells[0].merge(row.cells[columns - 1]).text = cells[0]
            continue
        for cell, text in zip(row.cells, cells):
            cell.text = text


def write_board_docx(path: Path) -> Path:
    """Minutes as a safeguarding board types them in Word: a one-line title giving board,
    date, time and venue; one attendance table (Name | Role | Organisation) split by
    merged rows; items as Heading 2 paragraphs; an old action log under matters arising;
    a closing action log whose cells hold several lines."""
    document = docx.Document()
    document.add_paragraph(
        "Minutes of the meeting of the Eastbrook Safeguarding Adults Board held on Tuesday "
        "7 June 2016 at 10.00 am in Committee Room 3, Eastbrook Civic Centre", style="Title")
    _fill(document, [
        ("Members present",), ("Name", "Role", "Organisation"),
        ("Dr Miriam Castellano", "Independent Chair", ""),
        ("Joanna Threlfall", "Head of Adult Safeguarding", "Eastbrook Council"),
        ("DCI Aaron Mbeki", "", "Eastbrook Police"),
        ("Priti Solanki", "Designated Nurse", "Eastbrook CCG"),
        ("In attendance",), ("Lewis Garvey", "Board Manager", "Eastbrook Council"),
        ("Apologies",), ("Hannah Oduya", "", "Eastbrook Fire and Rescue Service"),
    ], 3)
    document.add_heading("1. Welcome and apologies", level=2)
    document.add_paragraph("The Chair welcomed members and noted the apologies.")
    document.add_heading("2. Minutes and matters arising", level=2)
    document.add_paragraph("The minutes of the meeting held on 5 April 2016 were agreed as a correct "
                           "record. The Board reviewed the action log:")
    header = ("No.", "Action", "Owner", "Deadline", "Status")
    _fill(document, [
        header,
        ("14", "Refresh the self-neglect protocol", "Joanna Threlfall", "May 2016", "Complete"),
        ("15", "Audit referrals from care homes", "Priti Solanki", "June 2016",
         "Ongoing – report to September meeting"),
    ], 5)
    document.add_heading("3. Safeguarding adults review: Mr K", level=2)
    document.add_paragraph(
        "Joanna Threlfall presented the review's findings. Members agreed the learning should "
        "reach GP practices and care homes. DCI Mbeki said police officers would be briefed.")
    document.add_heading("4. Annual report", level=2)
    document.add_paragraph("Lewis Garvey presented the draft annual report. RESOLVED: That the annual "
                           "report be approved, subject to the case studies being anonymised.")
    document.add_heading("Action log", level=2)
    _fill(document, [
        header,
        ("16", "Write a seven-minute briefing on the Mr K review\nCirculate it to GP practices and care homes",
         "Joanna Threlfall\nPriti Solanki", "31/07/2016", "New"),
        ("17", "Brief neighbourhood officers on the Mr K learning", "DCI Aaron Mbeki", "August 2016", "New"),
        ("18", "Anonymise the case studies and publish the annual report", "Lewis Garvey", "Next meeting", "New"),
    ], 5)
    document.add_paragraph("Date of next meeting: Tuesday 6 September 2016, 10.00am – 12.00pm, "
                           "Committee Room 3, Eastbrook Civic Centre")
    document.save(str(path))
    return path


def test_word_tables_for_attendance_and_actions_read_to_exactly_the_expected_json(tmp_path):
    expected = json.loads((FIXTURES / "sab-word-tables.docx.expected.json").read_text())
    minutes = read_minutes(extract_text(write_board_docx(tmp_path / "sab.docx")))
    assert minutes.to_json() == expected


def test_a_merged_row_is_one_cell_and_a_cell_s_lines_are_kept_apart(tmp_path):
    lines = [line for line in extract_text(write_board_docx(tmp_path / "sab.docx")).split("\n") if line]
    assert lines[1] == "Members present"
    assert "Joanna Threlfall; Priti Solanki" in next(line for line in lines if line.startswith("16\t"))


@pytest.mark.slow  # compresses 120 MB to build the file
def test_a_small_word_file_that_unpacks_to_gigabytes_is_refused(tmp_path):
    import zipfile

    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (120 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(MinutesFileError, match="too big"):
        extract_text(bomb)


def test_a_word_file_with_broken_xml_is_refused_in_one_line(tmp_path):
    import zipfile

    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types><oops")
        archive.writestr("word/document.xml", "<w:document")
    with pytest.raises(MinutesFileError, match="not a real Word document"):
        extract_text(broken)
