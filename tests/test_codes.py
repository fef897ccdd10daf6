"""The CAMEO code table and the shared data-file reader."""

from __future__ import annotations

import pytest

from detente import codes
from detente.datafiles import data_lines, tsv_rows
from detente.errors import DataFileError


def test_codes_keep_leading_zeros_and_carry_quad_class_goldstein_and_plover():
    visit = codes.lookup("042")
    assert (visit.code, visit.root, visit.quad_class, visit.goldstein) == ("042", "04", 1, 1.9)
    assert (visit.plover_type, visit.plover_mode) == ("CONSULT", "visit")
    assert codes.lookup("190").quad_class == 4 and codes.lookup("190").goldstein == -10.0


def test_every_root_maps_to_its_gdelt_quad_class():
    expected = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 10), 2),
                **dict.fromkeys(range(10, 15), 3), **dict.fromkeys(range(15, 21), 4)}
    for code, entry in codes.cameo_table().items():
        assert entry.quad_class == expected[int(code[:2])], code


def test_the_run_on_row_of_the_gdelt_list_is_split():
    assert codes.lookup("106").name == "Demand withdrawal"
    assert "106" not in codes.lookup("1056").name


def test_unknown_code_is_an_error_that_names_it():
    with pytest.raises(DataFileError, match="'999'"):
        codes.lookup("999")


def test_malformed_table_rows_are_reported_with_file_and_line():
    text = "# comment\ncode\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\n042\tVisit\t1.9\t1\n"
    with pytest.raises(DataFileError, match=r"t\.tsv:3: expected 6"):
        codes._parse_table(text, "t.tsv")
    with pytest.raises(DataFileError, match=r"t\.tsv:2: 'x42' is not a CAMEO"):
        codes._parse_table("header\nx42\tVisit\t1.9\t1\t\t\n", "t.tsv")


def test_data_lines_skip_blanks_and_comments_and_keep_numbers():
    assert list(data_lines("# a\n\nx\n  \ny\n")) == [(3, "x"), (5, "y")]
    assert list(tsv_rows("head\tx\n a \tb\n", "f", 2)) == [(2, ["a", "b"])]
