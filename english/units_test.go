package english

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func texts(text string, us []Unit) []string {
	var out []string
	for _, u := range us {
		out = append(out, text[u.Start:u.End])
	}
	return out
}

func TestUnits(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"wrapped prose", "The Korvath Tunnel is 14 km long. It opened\nin 1903 after St. Anne's day.\n",
			[]string{"The Korvath Tunnel is 14 km long.", "It opened\nin 1903 after St. Anne's day."}},
		{"fields", "Name: Aruba\nCode: AW\n", []string{"Name: Aruba", "Code: AW"}},
		{"json", "{\n  \"alpha_2\": \"AW\",\n  \"name\": \"Aruba\"\n}\n", []string{`"alpha_2": "AW",`, `"name": "Aruba"`}},
		{"records", "00E9;LATIN SMALL LETTER E WITH ACUTE;Ll;0\n00EA;LATIN SMALL LETTER E WITH CIRCUMFLEX;Ll;0\n",
			[]string{"00E9;LATIN SMALL LETTER E WITH ACUTE;Ll;0", "00EA;LATIN SMALL LETTER E WITH CIRCUMFLEX;Ll;0"}},
		{"list items", "Senses:\n   1. Censorious speech; blame\n      or reproach.\n   2. Cause of reproach.\n",
			[]string{"Senses:", "1. Censorious speech; blame\n      or reproach.", "2. Cause of reproach."}},
		{"table", "| Year | Mayor |\n|---|---|\n| 1902 | Ilse |\n", []string{"| Year | Mayor |", "| 1902 | Ilse |"}},
		{"heading", "# Brennholt\n\nA town.\n", []string{"# Brennholt", "A town."}},
		{"comment paragraph", "# The value 10 may be varied\n# between 1 and 15.  You should avoid small values.\n\n! local stratum 10\n", // chrony.conf
			[]string{"The value 10 may be varied\n# between 1 and 15.", "You should avoid small values.", "!", "local stratum 10"}},
		{"comment over its setting", "# Enable non-blocking mode to cope with flaky ssh connections.\ndefnonblock 5\n", // screenrc
			[]string{"Enable non-blocking mode to cope with flaky ssh connections.", "defnonblock 5"}},
		{"settings commented out", "# listen = 127.0.0.1\n# port = 8080\n# workers = 4\n", []string{"# listen = 127.0.0.1", "# port = 8080", "# workers = 4"}},
		{"data file header", "# This file is in the public domain.\n# Columns are set apart by tabs.\n#\n#code\tname\nAD\tAndorra\nAE\tUnited Arab Emirates\n", // tzdata's iso3166.tab
			[]string{"# This file is in the public domain.", "# Columns are set apart by tabs.", "#code\tname", "AD\tAndorra", "AE\tUnited Arab Emirates"}},
		{"csv", "station,river,opened\nVelmora,Vell,1924\nSallow,Askel,1930\n", []string{"station,river,opened", "Velmora,Vell,1924", "Sallow,Askel,1930"}},
		{"csv whose rows leave out empty trailing cells", "version,codename,series,created,release,eol,eol-server,eol-esm\n9.10,Karmic Koala,karmic,2009-04-23,2009-10-29,2011-04-30\n10.04 LTS,Lucid Lynx,lucid,2009-10-29,2010-04-29,2013-05-09,2015-04-30\n", // distro-info-data's ubuntu.csv
			[]string{"version,codename,series,created,release,eol,eol-server,eol-esm", "9.10,Karmic Koala,karmic,2009-04-23,2009-10-29,2011-04-30", "10.04 LTS,Lucid Lynx,lucid,2009-10-29,2010-04-29,2013-05-09,2015-04-30"}},
		{"underlined headings", "Usage\n=====\n\nRun it.\n\n<a name=\"conflicts\"></a>.conflicts(x, y)\n------------\n\nGiven the key `x` is set, the key `y` must not be set.\n", // yargs's api.md
			[]string{"Usage", "Run it.", "<a name=\"conflicts\"></a>.conflicts(x, y)", "Given the key `x` is set, the key `y` must not be set."}},
		{"sheet rows", "station | river | opened\nVelmora | Vell | 1924\n", []string{"station | river | opened", "Velmora | Vell | 1924"}},
		{"two-column table", "package\tdescription\nx11-utils\tX utilities: xev, xwininfo\nmesa-utils\tglxinfo\n",
			[]string{"package\tdescription", "x11-utils\tX utilities: xev, xwininfo", "mesa-utils\tglxinfo"}},
		{"id list", "06db  Paradyne\n06dc  Foxlink Image Technology Co., Ltd\n\t0012  Scan 1200c Scanner\n\t0014  Prolink Winscan Pro 2448U\n",
			[]string{"06db  Paradyne", "06dc  Foxlink Image Technology Co., Ltd", "0012  Scan 1200c Scanner", "0014  Prolink Winscan Pro 2448U"}},
		{"colon records", "AAL:Aalborg:DK::Aalborg\nAAR:Aarhus:DK::Aarhus\nABD:Abadan:IR::Abadan\n",
			[]string{"AAL:Aalborg:DK::Aalborg", "AAR:Aarhus:DK::Aarhus", "ABD:Abadan:IR::Abadan"}},
		{"clock times are prose", "It opens at 9:30 and\ncloses at 17:00 on days\nother than 1:00 holidays.\n", []string{"It opens at 9:30 and\ncloses at 17:00 on days\nother than 1:00 holidays."}},
		{"two spaced lines are prose", "It ends here.  Then\nit goes on  and on.\n", []string{"It ends here.", "Then\nit goes on  and on."}},
		{"one tab is not a table", "Run it\tnow. It is done.\n", []string{"Run it\tnow.", "It is done."}},
		{"csv with quoted cells", "Registry,Assignment,Organization Name,Organization Address\r\nMA-L,5CFE9E,Wiwynn Corporation Tainan Branch,\"4F, NO. 8, Beiyuan 3rd Rd., Anding Dist., Tainan  TW 745 \"\r\nMA-L,F46942,ASKEY COMPUTER CORP,\"10F,No.119,JIANKANG RD,ZHONGHE DIST NEW TAIPEI TAIWAN TW 23585 \"\r\nMA-L,04F8F8,Edgecore Networks Corporation,1 Creation RD 3. Hsinchu  TW 30077 \r\n",
			[]string{"Registry,Assignment,Organization Name,Organization Address", "MA-L,5CFE9E,Wiwynn Corporation Tainan Branch,\"4F, NO. 8, Beiyuan 3rd Rd., Anding Dist., Tainan  TW 745 \"", "MA-L,F46942,ASKEY COMPUTER CORP,\"10F,No.119,JIANKANG RD,ZHONGHE DIST NEW TAIPEI TAIWAN TW 23585 \"", "MA-L,04F8F8,Edgecore Networks Corporation,1 Creation RD 3. Hsinchu  TW 30077"}},
		{"box-drawn table", "┌──────────────┬──────────────────┐\n│     Item     │   Refers to...   │\n├──────────────┼──────────────────┤\n│printf(3)     │UNIX manual pages │\n├──────────────┼──────────────────┤\n│^G            │Control+G key     │\n└──────────────┴──────────────────┘\n",
			[]string{"│     Item     │   Refers to...   │", "│printf(3)     │UNIX manual pages │", "│^G            │Control+G key     │"}},
		{"a semicolon table's value keeps its commas", "1F600..1F64F; Emoticons, Smileys, Faces\n1F650..1F67F; Ornamental Dingbats\n1F680..1F6FF; Transport and Map Symbols\n",
			[]string{"1F600..1F64F; Emoticons, Smileys, Faces", "1F650..1F67F; Ornamental Dingbats", "1F680..1F6FF; Transport and Map Symbols"}},
		{"years before a semicolon in prose", "1989; the year the wall fell.\n1990; the year Germany was one again.\n1991; the year of the coup.\n",
			[]string{"1989; the year the wall fell.", "1990; the year Germany was one again.", "1991; the year of the coup."}},
		{"code-keyed semicolon table", "# Blocks-15.0.0.txt\n\n1F300..1F5FF; Miscellaneous Symbols and Pictographs\n1F600..1F64F; Emoticons\n1F650..1F67F; Ornamental Dingbats\n",
			[]string{"# Blocks-15.0.0.txt", "1F300..1F5FF; Miscellaneous Symbols and Pictographs", "1F600..1F64F; Emoticons", "1F650..1F67F; Ornamental Dingbats"}},
		{"senses with a semicolon are prose", "   To deprive of a sheath; to draw from the sheath or\n   scabbard, as a sword; to bare it.\n   Used in 3 senses; rare.\n",
			[]string{"To deprive of a sheath; to draw from the sheath or\n   scabbard, as a sword; to bare it.", "Used in 3 senses; rare."}},
		{"unit file", "[Unit]\nDescription=Trim unused blocks once a week\nConditionVirtualization=!container\n\n[Timer]\nOnCalendar=weekly\nPersistent=true\n", // a systemd timer
			[]string{"[Unit]", "Description=Trim unused blocks once a week", "ConditionVirtualization=!container", "[Timer]", "OnCalendar=weekly", "Persistent=true"}},
		{"defaults commented out", "[Login]\n#NAutoVTs=6\n#KillUserProcesses=no\n#HandleLidSwitch=suspend\n", // logind.conf
			[]string{"[Login]", "#NAutoVTs=6", "#KillUserProcesses=no", "#HandleLidSwitch=suspend"}},
		{"options and bracketed notes are no settings", "--block-size=SIZE scales sizes\nby SIZE before printing them.\n[1913 Webster]\nx==y holds.\n",
			[]string{"--block-size=SIZE scales sizes\nby SIZE before printing them.", "[1913 Webster]\nx==y holds."}},
		{"asciidoc labelled list", "-c::\n--committer::\n\tThis is an alias for `--group=committer`.\n\n-w[<width>]::\n\tWrap each line at `width`.  The width\n\tdefaults to 76.\n", // git's manual sources
			[]string{"-c::\n--committer::", "This is an alias for `--group=committer`.", "-w[<width>]::", "Wrap each line at `width`.", "The width\n\tdefaults to 76."}},
		{"a package name is no term", "Use Tide::Log::\nto read it.\n", []string{"Use Tide::Log::\nto read it."}},
		{"aligned settings with quoted values", "LC_MONETARY\nint_curr_symbol      \"EUR \"\nmon_decimal_point    \",\"\nmon_thousands_sep    \".\"\npositive_sign        \"\"\nEND LC_MONETARY\n", // a glibc locale source
			[]string{"LC_MONETARY", "int_curr_symbol      \"EUR \"", "mon_decimal_point    \",\"", "mon_thousands_sep    \".\"", "positive_sign        \"\"", "END LC_MONETARY"}},
		{"c header", "#if defined __USE_MISC\n# ifndef __USE_TIDE64\n/* Like `tide_open', but for PATH names a log\n   kept in UTC.  */\nextern int tide_open_utc (const char *__path) __THROW;\n# endif\n#endif\n",
			[]string{"#if defined __USE_MISC", "# ifndef __USE_TIDE64", "/* Like `tide_open', but for PATH names a log\n   kept in UTC.", "extern int tide_open_utc (const char *__path) __THROW;", "# endif", "#endif"}},
		{"comment lines that open with if are prose", "# The number of connections is doubled\n# if this value is increased.\nmax_conn = 100\n",
			[]string{"The number of connections is doubled\n# if this value is increased.", "max_conn = 100"}},
		{"a guard defines no value", "# define __need_NULL\n# include <stddef.h>\n", []string{"# define __need_NULL", "# include <stddef.h>"}},
		{"prose with commas", "In 1903, the tunnel, which is long, opened.\nIt is, by far, the oldest.\n", []string{"In 1903, the tunnel, which is long, opened.", "It is, by far, the oldest."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, texts(tt.text, Units(tt.text)))
		})
	}
}

// TestSettingKeys: a configuration file's setting, written tight or
// commented out to show its default, is a field keyed by its name; an INI
// section over settings is a heading.
func TestSettingKeys(t *testing.T) {
	text := "[Timer]\nOnCalendar=weekly\n#InhibitorsMax=8192\nnet.ipv4.ip_forward=1\n"
	us := Units(text)
	require.Len(t, us, 4)
	assert.Equal(t, Heading, us[0].Shape)
	for i, want := range [][2]string{{"OnCalendar", "weekly"}, {"InhibitorsMax", "8192"}, {"net.ipv4.ip_forward", "1"}} {
		u := us[i+1]
		assert.Equal(t, Field, u.Shape, want[0])
		assert.Equal(t, want[0], text[u.Key.Start:u.Key.End])
		require.NotEmpty(t, u.Parts, want[0])
		assert.Equal(t, want[1], text[u.Parts[0].Start:u.Parts[0].End])
	}
}

// TestDefineKeys: a C header's "#define NAME VALUE" is a field keyed by
// the name; a macro that takes arguments is code.
func TestDefineKeys(t *testing.T) {
	text := "#define TIDE_BEST_LEVEL    9\n# define TIDE_EOF (-1)\n#define tide_max(a, b) ((a) > (b) ? (a) : (b))\n#define TIDE_VERSION \"1.4.2\"\n"
	us := Units(text)
	var got [][3]string
	for _, u := range us {
		k, v := "", ""
		if u.Shape == Field {
			k, v = text[u.Key.Start:u.Key.End], text[u.Parts[0].Start:u.Parts[0].End]
		}
		got = append(got, [3]string{u.Shape.String(), k, v})
	}
	assert.Equal(t, [][3]string{{"field", "TIDE_BEST_LEVEL", "9"}, {"field", "TIDE_EOF", "(-1)"}, {"sentence", "", ""}, {"field", "TIDE_VERSION", "1.4.2"}}, got)
	assert.Equal(t, "TIDE_EOF", DefinedName("# define TIDE_EOF (-1)"))
	assert.Empty(t, DefinedName("#define tide_max(a, b) ((a) > (b))"))
	assert.Empty(t, DefinedName("#define TIDE_H"), "a guard defines no value")
}

// TestCommentedHeaderKeys: a source file's header of fields written in
// comments (Emacs Lisp's ";; Author:", a script's "# Version:", a TeX
// file's "% Date:") is fields keyed by their names; one such line alone
// is a comment, and so are a table's commented column names and a note.
func TestCommentedHeaderKeys(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][3]string // shape, key, value
	}{
		{"emacs lisp header", ";; Author: Oleh Krehel <ohwoeowho@gmail.com>\n;; Package-Requires: ((avy \"0.5.0\"))\n\n;; This file is part of GNU Emacs.\n",
			[][3]string{{"field", "Author", "Oleh Krehel <ohwoeowho@gmail.com>"}, {"field", "Package-Requires", "((avy \"0.5.0\"))"}, {"sentence", "", ""}}},
		{"data file header", "# Version: 2025.07.26\n# Date:    2025-07-26 20:34:01\n", // usb.ids
			[][3]string{{"field", "Version", "2025.07.26"}, {"field", "Date", "2025-07-26 20:34:01"}}},
		{"tex header", "% Name:    localedef for ja_JP\n% Version: 0.7\n", [][3]string{{"field", "Name", "localedef for ja_JP"}, {"field", "Version", "0.7"}}},
		{"one line alone is a comment", "# Default: FIRST_UID=1000, LAST_UID=59999\n#FIRST_UID=1000\n", // adduser.conf
			[][3]string{{"heading", "", ""}, {"field", "FIRST_UID", "1000"}}},
		{"commented column names and notes are no fields", "# Birthday : Birth Stone : Birth Flower\n# Note: casing and spaces are ignored\n", nil},
		{"a lone line of any comment mark is a comment", "; Default: 10\nport=10\n\n// Default: 10\nint x = 10;\n\n% Name: ja_JP\n\\documentclass{article}\n\n-- Default: 10\nSELECT 1;\n",
			[][3]string{{"sentence", "", ""}, {"field", "port", "10"}, {"sentence", "", ""}, {"field", "int x", "10;"}, {"sentence", "", ""}, {"sentence", "", ""}}},
		{"a key opens with a capital letter, not a byte", "# élan: vital\n# été: chaud\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][3]string
			for _, u := range Units(tt.text) {
				k, v := "", ""
				if u.Shape == Field {
					k, v = tt.text[u.Key.Start:u.Key.End], tt.text[u.Parts[0].Start:u.Parts[0].End]
				}
				if tt.want != nil || u.Shape == Field {
					got = append(got, [3]string{u.Shape.String(), k, v})
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestUnitParts(t *testing.T) {
	text := "{\n  \"alpha_2\": \"AW\",\n  \"name\": \"Aruba\"\n}\nCode: Q\n"
	us := Units(text)
	assert.Equal(t, "AW", text[us[0].Parts[0].Start:us[0].Parts[0].End])
	assert.Equal(t, "alpha_2", text[us[0].Key.Start:us[0].Key.End])
	assert.Equal(t, us[0].Block, us[1].Block)
	assert.NotEqual(t, us[1].Block, us[2].Block)
	assert.Equal(t, "Q", text[us[2].Parts[0].Start:us[2].Parts[0].End])

	table := "package\tdescription\nx11-utils\tX utilities\n"
	us = Units(table)
	if assert.Len(t, us, 2) {
		assert.Equal(t, Row, us[1].Shape)
		assert.Equal(t, "x11-utils", table[us[1].Key.Start:us[1].Key.End])
		assert.Equal(t, "package\tdescription", table[us[1].Header.Start:us[1].Header.End])
	}
	// A CSV cell in quotes keeps its commas, and its parts leave the
	// quotes out.
	csv := "Registry,Assignment,Organization Name,Organization Address\nMA-L,F46942,ASKEY COMPUTER CORP,\"10F,No.119,JIANKANG RD TW 23585 \"\nMA-L,04F8F8,Edgecore Networks Corporation,1 Creation RD 3. Hsinchu  TW 30077\n"
	us = Units(csv)
	if assert.Len(t, us, 3) {
		var cells []string
		for _, c := range us[1].Parts {
			cells = append(cells, csv[c.Start:c.End])
		}
		assert.Equal(t, []string{"MA-L", "F46942", "ASKEY COMPUTER CORP", "10F,No.119,JIANKANG RD TW 23585"}, cells)
		assert.Equal(t, "Registry,Assignment,Organization Name,Organization Address", csv[us[1].Header.Start:us[1].Header.End])
	}
	for _, tc := range []struct{ line, cells string }{
		{`MA-L,ABC123,"Foo; Bar; Baz",Taipei TW`, "MA-L|ABC123|Foo; Bar; Baz|Taipei TW"},
		{`MA-L,000002,Foo 12" Disk,Lyon FR`, `MA-L|000002|Foo 12" Disk|Lyon FR`},
		{`MA-S,70B3D5E03,"MBJ ""Ltd"", Ahrensburg",DE`, `MA-S|70B3D5E03|MBJ ""Ltd"", Ahrensburg|DE`},
	} {
		text := "a,b,c,d\n" + tc.line + "\n"
		us := Units(text)
		require.Len(t, us, 2, tc.line)
		var cells []string
		for _, c := range us[1].Parts {
			cells = append(cells, text[c.Start:c.End])
		}
		assert.Equal(t, tc.cells, strings.Join(cells, "|"), tc.line)
	}
	// A glossary entry's opening note of where its term comes from is a
	// constituent of the sentence it opens (the Jargon File's "chain").
	entry := "chain\n\n\n    1. vi. [orig. from BASIC's CHAIN statement] To hand off execution to a\n    child or successor.\n"
	us = Units(entry)
	var notes []string
	for _, u := range us {
		for _, pr := range u.Parts {
			notes = append(notes, entry[pr.Start:pr.End])
		}
	}
	assert.Contains(t, notes, "orig. from BASIC's CHAIN statement")
	// A semicolon table's value is one cell, commas and all.
	blocks := "1F600..1F64F; Emoticons, Smileys, Faces\n1F650..1F67F; Ornamental Dingbats\n1F680..1F6FF; Transport and Map Symbols\n"
	us = Units(blocks)
	if assert.Len(t, us, 3) && assert.Len(t, us[0].Parts, 2) {
		assert.Equal(t, "Emoticons, Smileys, Faces", blocks[us[0].Parts[1].Start:us[0].Parts[1].End])
		assert.Equal(t, Row, us[0].Shape)
	}
	// A field's value after a no-break space leaves the space out.
	typed := "Type:\u00a0boolean\nDefault:\u00a0no\n"
	us = Units(typed)
	if assert.Len(t, us, 2) {
		assert.Equal(t, "boolean", typed[us[0].Parts[0].Start:us[0].Parts[0].End])
	}
	// A framed note is one cell, not a table.
	assert.Equal(t, Sentence, Units("│ Note: this is framed │\n│ across two lines.    │\n")[0].Shape)
	// A table drawn with box-drawing characters (a text browser's
	// rendering of an HTML table): its bars separate the cells, and its
	// first row names the columns of the rows below the rules.
	box := "┌──────────────┬──────────────────┐\n│     Item     │   Refers to...   │\n├──────────────┼──────────────────┤\n│<undelete>    │^U                │\n└──────────────┴──────────────────┘\n"
	us = Units(box)
	if assert.Len(t, us, 2) {
		assert.Equal(t, Row, us[1].Shape)
		var cells []string
		for _, c := range us[1].Parts {
			cells = append(cells, box[c.Start:c.End])
		}
		assert.Equal(t, []string{"<undelete>", "^U"}, cells)
		assert.Equal(t, "│     Item     │   Refers to...   │", box[us[1].Header.Start:us[1].Header.End])
	}
	// An HTML table's head and body, a blank line between them: the
	// head still names the body's columns; a table after a paragraph
	// starts anew.
	kern := "error level value\terror level name\tmeaning\n\n3\tKERN_ERR\terror conditions\n4\tKERN_WARNING\twarning conditions\n\nA paragraph.\n\n5\tKERN_NOTICE\tnormal\n"
	us = Units(kern)
	if assert.Len(t, us, 5) {
		for _, u := range us[1:3] {
			assert.Equal(t, "error level value\terror level name\tmeaning", kern[u.Header.Start:u.Header.End])
		}
		assert.Empty(t, us[4].Header)
	}
	// A passage cut mid-table starts with a data row: it heads nothing.
	for _, rows := range []string{
		"diffstat\tV:12\t74\tproduce a histogram\npatchutils\tV:14\t232\textract a diff\n",
		"FE46;WHITE SESAME DOT;Po;0;ON\nFE47;PRESENTATION FORM FOR VERTICAL LEFT SQUARE BRACKET;Ps;0;ON\n",
	} {
		us = Units(rows)
		if assert.Len(t, us, 2, rows) {
			assert.Equal(t, Range{}, us[1].Header, rows)
		}
	}
}

// TestAlignedRows: an ID list (usb.ids, pci.ids) is rows of a key and a
// name; an indented line belongs to the record of the line above it.
func TestAlignedRows(t *testing.T) {
	text := "06db  Paradyne\n06dc  Foxlink Image Technology Co., Ltd\n\t0012  Scan 1200c Scanner\n\t0014  Prolink Winscan Pro 2448U\n06de  Heisei Electronics Co., Ltd\n"
	us := Units(text)
	if !assert.Len(t, us, 5) {
		return
	}
	cell := func(r Range) string { return text[r.Start:r.End] }
	for _, u := range us {
		assert.Equal(t, Row, u.Shape)
		assert.Len(t, u.Parts, 2)
		assert.Empty(t, u.Header, "a listing names no columns")
	}
	assert.Equal(t, "06dc", cell(us[1].Key))
	assert.Equal(t, "Foxlink Image Technology Co., Ltd", cell(us[1].Parts[1]))
	assert.Equal(t, "0012", cell(us[2].Key))
	assert.Equal(t, "Scan 1200c Scanner", cell(us[2].Parts[1]))
	assert.NotEqual(t, us[0].Block, us[1].Block, "each vendor is a record")
	assert.Equal(t, us[1].Block, us[2].Block, "a product belongs to the vendor above it")
	assert.Equal(t, us[1].Block, us[3].Block)
	assert.NotEqual(t, us[3].Block, us[4].Block)
}

// TestAnnotationRows: a character names list writes notes under each
// code ("\t= halant" an alias, "\t* ..." a note): each is a row of its
// mark and its text, in the record of the code above it, and the notes
// neither end the listing nor join the next code's line.
func TestAnnotationRows(t *testing.T) {
	text := "1163E\tMODI SIGN VISARGA\n1163F\tMODI SIGN VIRAMA\n\t= halant\n11640\tMODI SIGN ARDHACANDRA\n\t* used for transcribing English\n11641\tMODI DANDA\n"
	us := Units(text)
	if !assert.Len(t, us, 6) {
		return
	}
	cell := func(r Range) string { return text[r.Start:r.End] }
	for _, u := range us {
		assert.Equal(t, Row, u.Shape, cell(u.Range))
	}
	assert.Equal(t, "=", cell(us[2].Key))
	assert.Equal(t, "halant", cell(us[2].Parts[1]))
	assert.True(t, IsAnnotationMark(cell(us[2].Key)))
	assert.Equal(t, us[1].Block, us[2].Block, "an alias belongs to the code above it")
	assert.Equal(t, "11640\tMODI SIGN ARDHACANDRA", cell(us[3].Range))
	assert.Equal(t, us[3].Block, us[4].Block)
	assert.NotEqual(t, us[2].Block, us[3].Block)
}

// TestDecompositionRows: Unicode's NamesList writes a character's
// decompositions under it (": 0065 0301", "# 0020 0308"): notes of the
// code above, as the other annotations are, not a sentence that runs
// through the listing.
func TestDecompositionRows(t *testing.T) {
	text := "00E8\tLATIN SMALL LETTER E WITH GRAVE\n\t: 0065 0300\n00E9\tLATIN SMALL LETTER E WITH ACUTE\n\t: 0065 0301\n00EC\tLATIN SMALL LETTER I WITH GRAVE\n\t* Italian, Malagasy\n\t: 0069 0300\n00A8\tDIAERESIS\n\t# 0020 0308\n"
	var got []string
	for _, u := range Units(text) {
		assert.Equal(t, Row, u.Shape, text[u.Start:u.End])
		got = append(got, text[u.Start:u.End])
	}
	assert.Equal(t, []string{"00E8\tLATIN SMALL LETTER E WITH GRAVE", ": 0065 0300", "00E9\tLATIN SMALL LETTER E WITH ACUTE", ": 0065 0301",
		"00EC\tLATIN SMALL LETTER I WITH GRAVE", "* Italian, Malagasy", ": 0069 0300", "00A8\tDIAERESIS", "# 0020 0308"}, got)
}

// TestEtymologyOverLines: a dictionary's etymology bracket that runs onto
// the next line holds no "Key: value" field, and a language label before
// a cross-reference ends no sentence.
func TestEtymologyOverLines(t *testing.T) {
	text := "Codeine \\Co\"deine\\, n. [Gr.\n   kw`deia poppy head: cf. F. cod['e]ine.] (Chem.)\n   One of the opium alkaloids.\n"
	us := Units(text)
	require.NotEmpty(t, us)
	assert.Contains(t, text[us[0].Start:us[0].End], "poppy head")
	assert.Equal(t, Sentence, us[0].Shape)
	text = "Torso \\Tor\"so\\, n.; pl. E. {Torsos}, It. {Torsi}. [It. torso.]\n"
	us = Units(text)
	require.NotEmpty(t, us)
	assert.Contains(t, text[us[0].Start:us[0].End], "{Torsi}")
}

// TestFoldedFields: a value folded onto lines indented deeper than its
// key (WordNet's senses, a mail header, a control file) is one field; a
// bracketed note on a line of its own and the next JSON member are not.
func TestFoldedFields(t *testing.T) {
	text := "Angelo Guiseppe Roncalli\n    n 1: Italian pope from 1958 to 1963 who convoked the Second\n         Vatican Council (1881-1963) [syn: {John XXIII}]\n"
	us := Units(text)
	require.Len(t, us, 2)
	assert.Equal(t, Field, us[1].Shape)
	assert.True(t, strings.HasSuffix(text[us[1].Start:us[1].End], "[syn: {John XXIII}]"), text[us[1].Start:us[1].End])
	require.NotEmpty(t, us[1].Parts)
	assert.Contains(t, text[us[1].Parts[0].Start:us[1].Parts[0].End], "Vatican Council")

	// a sense cut inside its synonym list ("[syn:" at the line's end) goes on
	text = "    n 1: small grey fox of southwestern United States\n    2: small grey fox of the plains of western North America [syn:\n       {kit fox}, {prairie fox}, {Vulpes velox}]\n"
	us = Units(text)
	require.Len(t, us, 2)
	assert.True(t, strings.HasSuffix(text[us[1].Start:us[1].End], "{Vulpes velox}]"), text[us[1].Start:us[1].End])
	text = "    n 1: an island of Hawaii to the northwest of Oahu [syn: {Kauai},\n         {Kauai Island}]\n"
	us = Units(text)
	require.Len(t, us, 1)
	assert.True(t, strings.HasSuffix(text[us[0].Start:us[0].End], "{Kauai Island}]"), text[us[0].Start:us[0].End])

	text = "   Syn: genus {Caretta}.\n         [WordNet 1.5]\n"
	us = Units(text)
	require.NotEmpty(t, us)
	assert.Equal(t, "Syn: genus {Caretta}.", text[us[0].Start:us[0].End])
}

// TestColonRows: colon-separated records (miscfiles' tables, passwd) are
// rows whose cells are the fields, empty ones skipped, and name no columns.
func TestColonRows(t *testing.T) {
	text := "958:Montenegro\n959:Curacao\n960:Maldives\n961:Lebanon\n"
	us := Units(text)
	if !assert.Len(t, us, 4) {
		return
	}
	for _, u := range us {
		assert.Equal(t, Row, u.Shape)
		assert.Empty(t, u.Header)
	}
	assert.Equal(t, "960", text[us[2].Key.Start:us[2].Key.End])
	assert.Equal(t, "Maldives", text[us[2].Parts[1].Start:us[2].Parts[1].End])
	assert.NotEqual(t, us[1].Block, us[2].Block, "each record is a record of its own")
}

func TestExpansions(t *testing.T) {
	tests := []struct{ text, short, long string }{
		{"It speaks the Alpha Beta Code (ABC) well.", "ABC", "Alpha Beta Code"},
		{"It speaks ABC (Alpha Beta Code) well.", "ABC", "Alpha Beta Code"},
		{"Heat shock protein (HSP) levels rose.", "HSP", "Heat shock protein"},
		{"the World Health Organization (WHO) said", "WHO", "World Health Organization"},
	}
	for _, tt := range tests {
		es := Expansions(tt.text, Range{0, len(tt.text)})
		if assert.Len(t, es, 1, tt.text) {
			assert.Equal(t, tt.short, tt.text[es[0].Short.Start:es[0].Short.End])
			assert.Equal(t, tt.long, tt.text[es[0].Long.Start:es[0].Long.End])
		}
	}
	assert.Empty(t, Expansions("a word (see below) here", Range{0, 23}))
	assert.True(t, MatchesShortForm("ABC", "Atanasoff Berry Computer"))
	assert.False(t, MatchesShortForm("ABC", "Something Else"))
}

func TestSentenceEnds(t *testing.T) {
	tests := []struct {
		text string
		n    int // sentences
	}{
		{"Der Alte, Op. 22, is a tone poem. It lasts 24 minutes.", 2},
		{"It stands on St. Immen Square. It is old.", 2},
		{"It holds approx. 40 people, e.g. the crew.", 1},
		{"Built c. 1850 by Dr. Anna Gruber.", 1},
		{"The lake warms to 34 °C. Seefeld lies on its shore.", 2},
		{"The hut lies at 3,760 m. It sleeps 46.", 2},
		{"It was founded by J. R. Tolkien.", 1},
		{"It was written by Frank B. Brokken of Groningen.", 1},
		{"Kept by Anna C. Velde, b. 1931. She lives in Brest.", 2},
		{"We chose plan B. The rest failed.", 2},
		{"Bandoline, n. [Perh. allied to band.] A glutinous pomatum.", 1},
		{"It costs 2.5 million. That is a lot.", 2},
		{"[End Of Line] Syn. for {newline}, derived perhaps from Pascal.", 1},
		// A quoted stop: the quoted text is the stop itself, or a
		// lower-case word carries the sentence on (debian-reference's
		// chapter on backups, byte for byte).
		{`You can substitute "." with the absolute path "/path/to/source/foo" for all examples containing "." to drop "cd ./source;".  These copy files to different locations depending on tools used as follows.`, 2},
		{`He said "stop." and left. Nobody asked again.`, 2},
		{`He answered "Never." Nobody asked again.`, 2},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Len(t, Units(tt.text), tt.n, texts(tt.text, Units(tt.text)))
		})
	}
}

func TestIsDelimitedRecord(t *testing.T) {
	for line, want := range map[string]bool{
		"FE45;SESAME DOT;Po;0;ON;;;;;N;;;;;":                 true, // UnicodeData.txt
		"jt ; D ; Dual_Joining":                              true, // PropertyValueAliases.txt
		"0000..007F; Basic Latin; x":                         true,
		"To spot; to stain; to blur.":                        false, // a dictionary's senses run on in prose
		"Law; as, lex talionis, the law of retaliation; lex": false,
		"a time; to relax; as, to unbend the mind;":          false,
		"one; two": false, // two fields are no record
		"Having water within; containing fluid drops; -- said of":         false, // senses wrapped mid-phrase (GCIDE)
		"The art of memory; a method for improving the memory; a":         false,
		"account-hook . 'unset imap_user; unset imap_pass; unset tunnel'": true, // a line of code, as before
		"0030 FE00; short diagonal stroke form; # DIGIT ZERO":             true, // StandardizedVariants.txt: a field of codes
		"1;new york city;united states;8336817":                           true,
	} {
		assert.Equal(t, want, isDelimitedRecord(line), line)
	}
}

func TestSectionNumber(t *testing.T) {
	tests := []struct {
		in   string
		want string // the section number's text, with its space
	}{
		{"3.11.\u00a0askbcc", "3.11.\u00a0"},
		{"2. Options", "2. "},
		{"2.4.1 Hooks", "2.4.1 "},
		{"10.2.\tSearching", "10.2.\t"},
		{"1.5 metres", ""},
		{"2 apples", ""},
		{"3.11.askbcc", ""},
		{"askbcc", ""},
		{"1234.5. x", ""},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.in[:SectionNumber(tc.in)])
		})
	}
}

// TestRecordBlocks: GNU miscfiles' cities.dat writes records of
// "Key : value" fields, some indented under the field above them
// (" Longitude" under "Location"), set apart by "//" lines: a record is one
// block, so that a field is read with its own record's name, and the next
// record another.
func TestRecordBlocks(t *testing.T) {
	text := "ID          : 29\nName        : Los Angeles\n Country    : US\n Region     : CA\nLocation    : Earth\n Longitude  : -118.333\nDate        : 19961206\n//\nID          : 30\nName        : Ankara\n Country    : TR\nLocation    : Earth\n Longitude  :   33.000\n"
	block := map[string]int{}
	for _, u := range Units(text) {
		block[text[u.Start:u.End]] = u.Block
	}
	assert.Equal(t, block["Name        : Los Angeles"], block["Longitude  : -118.333"])
	assert.Equal(t, block["Name        : Los Angeles"], block["Date        : 19961206"])
	assert.Equal(t, block["Name        : Ankara"], block["Longitude  :   33.000"])
	assert.NotEqual(t, block["Date        : 19961206"], block["ID          : 30"])
}

// TestDictionaryEntries: a FreeDict dictionary's text writes entry after
// entry with no blank line between them, each opening with its headword
// and pronunciation ("kledingstuk /klediŋstɵk/"): each is a block of its
// own, and an entry's last sense does not run on into the next headword.
func TestDictionaryEntries(t *testing.T) {
	text := "kleding /klediŋ/\n1. toilet\n2. articleofclothing, garment\n3. clothes, clothing\nkledingstuk /klediŋstɵk/\narticleofdress, garment\nkleed /klet/ <n>\n1. carpet\n2. articleofclothing, garment\nkleedkamer /kletkamər/\ncloakroom\n"
	us := Units(text)
	assert.Equal(t, []string{"kleding /klediŋ/", "1. toilet", "2. articleofclothing, garment", "3. clothes, clothing",
		"kledingstuk /klediŋstɵk/\narticleofdress, garment", "kleed /klet/ <n>", "1. carpet", "2. articleofclothing, garment",
		"kleedkamer /kletkamər/\ncloakroom"}, texts(text, us))
	block := map[string]int{}
	for _, u := range us {
		block[text[u.Start:u.End]] = u.Block
	}
	assert.Equal(t, block["kleding /klediŋ/"], block["3. clothes, clothing"])
	assert.NotEqual(t, block["3. clothes, clothing"], block["kledingstuk /klediŋstɵk/\narticleofdress, garment"])
	assert.Equal(t, block["kleed /klet/ <n>"], block["1. carpet"])
	prose := "Files are installed under\nsystem directory /usr/\nand the rest goes elsewhere.\n" // one line with a word between slashes is no dictionary
	assert.Equal(t, []string{"Files are installed under\nsystem directory /usr/\nand the rest goes elsewhere."}, texts(prose, Units(prose)))
}

func TestIsPronouncedHeadword(t *testing.T) {
	for text, want := range map[string]bool{
		"kleding /klediŋ/":                       true,
		"aborder /abɔʀde/ <v>":                   true,
		"baie d'Hudson /bɛdysɔ̃/ <n, fem>":       true,
		"kleiner‐danteken /klˈɛɪnər dɑntˈeːkən/": true,
		"1. carpet":                     false,
		"See /usr/share/doc/ for more.": false,
		"kledingstuk /klediŋstɵk/\narticleofdress, garment": false, // the headword and its sense
		"/etc/passwd": false,
	} {
		assert.Equal(t, want, IsPronouncedHeadword(text), text)
	}
}

// TestCommaRows: a CSV file may leave a row's empty trailing cells out,
// so its records hold different numbers of commas; they are rows all the
// same when every comma stands tight between two fields. A makefile's
// commas stand tight too, among code characters: no rows.
func TestCommaRows(t *testing.T) {
	tests := []struct {
		name, text string
		rows       bool
	}{
		{"distro-info-data", "version,codename,series,created,release,eol,eol-server,eol-esm\n9.10,Karmic Koala,karmic,2009-04-23,2009-10-29,2011-04-30\n10.04 LTS,Lucid Lynx,lucid,2009-10-29,2010-04-29,2013-05-09,2015-04-30\n", true},
		{"debian/rules", "ifneq (,$(filter parallel=%,$(DEB_BUILD_OPTIONS)))\n    NUMJOBS = $(patsubst parallel=%,%,$(filter parallel=%,$(DEB_BUILD_OPTIONS)))\n    MAKEFLAGS += -j$(NUMJOBS)\nendif\n", false},
		{"prose", "Apples, pears, and plums grow here,\nwith figs, dates and, sometimes, olives.\n", false},
		{"fields with lists", "See also: foo,bar,baz\nKeywords: a,b,c,d\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, u := range Units(tt.text) {
				assert.Equal(t, tt.rows, u.Shape == Row, "%q", tt.text[u.Start:u.End])
			}
		})
	}
}

// TestColumns: a row's cells stand under its header's, one for one, the
// empty ones included, so a column's name finds its cell in every row.
// zoneTab is tzdata's zone table under its title and header lines, the
// header's names lined up with the rows' cells by runs of tabs.
const zoneTab = "# tzdb timezone descriptions (deprecated version)\n#code\tcoordinates\tTZ\t\t\tcomments\nIN\t+2232+08822\tAsia/Kolkata\nCH,DE,LI\t+4723+00832\tEurope/Zurich\tBüsingen\n"

func TestColumns(t *testing.T) {
	tests := []struct {
		name, text string
		row        int    // the unit asked
		want       string // "column=cell|…", "" when the row has no columns
	}{
		{"csv leaving out trailing cells", "version,codename,series,created,release,eol,eol-server\n10.04 LTS,Lucid Lynx,lucid,2009-10-29,2010-04-29,,2015-04-30\n9.10,Karmic Koala,karmic\n", 1,
			"version=10.04 LTS|codename=Lucid Lynx|series=lucid|created=2009-10-29|release=2010-04-29|eol=|eol-server=2015-04-30"},
		{"a short row", "version,codename,series,created,release,eol,eol-server\n10.04 LTS,Lucid Lynx,lucid,2009-10-29,2010-04-29,,2015-04-30\n9.10,Karmic Koala,karmic\n", 2,
			"version=9.10|codename=Karmic Koala|series=karmic"},
		{"quoted cells", "Registry,Assignment,Organization Name,Organization Address\nMA-L,F46942,ASKEY COMPUTER CORP,\"10F,No.119,JIANKANG RD\"\n", 1,
			"Registry=MA-L|Assignment=F46942|Organization Name=ASKEY COMPUTER CORP|Organization Address=10F,No.119,JIANKANG RD"},
		{"drawn table", "| Year | Mayor |\n|---|---|\n| 1902 | Ilse |\n", 1, "Year=1902|Mayor=Ilse"},
		{"no header", "AAL:Aalborg:DK::Aalborg\nAAR:Aarhus:DK::Aarhus\nABD:Abadan:IR::Abadan\n", 1, ""},
		{"column names qualified by a code", "Old path\ti386 multiarch path\tamd64 multiarch path\n\n/lib/\t/lib/i386-linux-gnu/\t/lib/x86_64-linux-gnu/\n", 1, // debmake-doc's HTML table
			"Old path=/lib/|i386 multiarch path=/lib/i386-linux-gnu/|amd64 multiarch path=/lib/x86_64-linux-gnu/"},
		{"a two-column head apart from its body", "Table\u00a012.18.\u00a0List of make variable expansions\n\nvariable expansion\tdescription\n\nfoo1 := bar\tone-time expansion\nfoo2 = bar\trecursive expansion\n", 3, // debref ch12's HTML table
			"variable expansion=foo2 = bar|description=recursive expansion"},
		{"a first row of codes", "eth0\tEthernet port\nwlan0\tWireless port\n", 1, ""},
		{"a first row with a count", "Lunar probes\t3 missions\nMars probes\t5 missions\n", 1, ""},
		{"a header lined up by a run of tabs", zoneTab, 3, "#code=CH,DE,LI|coordinates=+4723+00832|TZ=Europe/Zurich|comments=Büsingen"}, // tzdata's zone1970.tab, its header as zone.tab writes it
		{"a row leaving the last column out", zoneTab, 2, "#code=IN|coordinates=+2232+08822|TZ=Asia/Kolkata"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			us := Units(tt.text)
			require.Greater(t, len(us), tt.row)
			header, row := Columns(tt.text, us[tt.row])
			var got []string
			for k, c := range row {
				got = append(got, tt.text[header[k].Start:header[k].End]+"="+tt.text[c.Start:c.End])
			}
			assert.Equal(t, tt.want, strings.Join(got, "|"))
		})
	}
}

// TestXMLRecords: a data file in XML, one element a line, is a file of
// records: each element a field (its tag, its text or its attribute's
// value), each element that holds lines a record of its own.
func TestXMLRecords(t *testing.T) {
	text := "<mime-info xmlns=\"http://www.freedesktop.org/standards/shared-mime-info\">\n" + // shared-mime-info's freedesktop.org.xml
		"  <mime-type type=\"application/x-xliff\">\n    <comment>XLIFF translation file</comment>\n    <acronym>XLIFF</acronym>\n" +
		"    <expanded-acronym>XML Localization Interchange File Format</expanded-acronym>\n  </mime-type>\n" +
		"  <mime-type type=\"application/toml\">\n    <comment>TOML document</comment>\n    <comment xml:lang=\"de\">TOML-Dokument</comment>\n    <acronym>TOML</acronym>\n" +
		"    <expanded-acronym>Tom's Obvious Minimal Language</expanded-acronym>\n    <glob pattern=\"*.toml\"/>\n  </mime-type>\n</mime-info>\n"
	var got []string
	blocks := map[string]int{}
	for _, u := range Units(text) {
		require.Equal(t, Field, u.Shape, text[u.Start:u.End])
		val := ""
		if len(u.Parts) > 0 {
			val = text[u.Parts[0].Start:u.Parts[0].End]
		}
		got = append(got, text[u.Key.Start:u.Key.End]+"="+val)
		blocks[val] = u.Block
	}
	assert.Equal(t, []string{"mime-info xmlns=http://www.freedesktop.org/standards/shared-mime-info",
		"mime-type type=application/x-xliff", "comment=XLIFF translation file", "acronym=XLIFF", "expanded-acronym=XML Localization Interchange File Format",
		"mime-type type=application/toml", "comment=TOML document", `comment xml:lang="de"=TOML-Dokument`, "acronym=TOML", "expanded-acronym=Tom's Obvious Minimal Language", "glob pattern=*.toml"}, got)
	assert.Equal(t, blocks["TOML"], blocks["Tom's Obvious Minimal Language"], "one record")
	assert.NotEqual(t, blocks["XLIFF"], blocks["TOML"], "two records")
	for _, line := range []string{"<!-- a comment -->", "<p>one</p><p>two</p>", "<br>", "a < b and c > d"} {
		for _, u := range Units(line + "\n") {
			assert.NotEqual(t, Field, u.Shape, line)
		}
	}
	// Prose under an element stays prose; an HTML fragment in a page of
	// prose is no record; an element never closed opens no record that
	// swallows the table after it.
	section := "<section id=\"intro\">\n    This chapter explains how the tool works. It is short.\n</section>\n"
	var got2 []string
	for _, u := range Units(section) {
		got2 = append(got2, section[u.Start:u.End])
	}
	assert.Contains(t, got2, "This chapter explains how the tool works.")
	page := "Read this first.\n\nThe steps are few, and the tool is small.\n\n<li>Install the package now.</li>\n\nThen run it.\n"
	for _, u := range Units(page) {
		assert.Equal(t, Sentence, u.Shape, page[u.Start:u.End])
	}
	table := "<img src=\"logo.png\">\n\n| Year | Mayor |\n|---|---|\n| 1902 | Ilse |\n| 1910 | Brann |\n"
	us := Units(table)
	require.GreaterOrEqual(t, len(us), 2)
	assert.NotEqual(t, us[len(us)-1].Block, us[len(us)-2].Block, "each row a record of its own")
}

// TestUnderlinedHeading: a line a rule of "-" or "=" underlines, alone
// after a blank line, is a heading (an HTML anchor before it
// included); a paragraph's last line before a rule is not.
func TestUnderlinedHeading(t *testing.T) {
	for text, want := range map[string]Shape{
		"<a name=\"conflicts\"></a>.conflicts(x, y)\n------------\n": Heading,
		"Usage\n=====\n":                      Heading,
		"It runs on\nover two lines\n-----\n": Sentence,
	} {
		us := Units(text)
		require.NotEmpty(t, us, text)
		assert.Equal(t, want, us[len(us)-1].Shape, text)
	}
}

func TestIsOptionList(t *testing.T) {
	for _, s := range []string{"-s, --summarize", "-B, --block-size=SIZE", "--apparent-size", "-f FILE, --file=FILE", "-b bind_address", "-C NUM, -NUM, --context=NUM", "-t timeout", "-u fd"} {
		assert.True(t, IsOptionList(s), s)
	}
	assert.True(t, IsOptionList("-?"))
	assert.True(t, IsOptionList("--color[=WHEN]"))
	for _, s := range []string{"- an item", "-n means no newline", "Summarize device usage.", "", "-s, --summarize. It is", "--",
		"-1 means unlimited", "-5 degrees outside", "-import os", "-x = 1", "-Added tests", "-v, version 2", "-a, b, c, d", "-rwxr-xr-x dir", "-n means no", "-e Is", "-t 10"} {
		assert.False(t, IsOptionList(s), s)
	}
}

// TestOptionTermUnit: a man page's option line over its indented
// description is a unit and a block of its own, the description the
// next block; two option lines over one description stay together.
func TestOptionTermUnit(t *testing.T) {
	text := "       -s, --summarize\n              display only a total for each argument\n"
	us := Units(text)
	require.Len(t, us, 2)
	assert.Equal(t, "-s, --summarize", text[us[0].Start:us[0].End])
	assert.Equal(t, us[0].Block+1, us[1].Block)
	assert.Equal(t, "display only a total for each argument", text[us[1].Start:us[1].End])
	two := "-a\n--all\nTell the command to stage files.\n"
	us = Units(two)
	assert.NotEqual(t, "-a", two[us[0].Start:us[0].End], "the first of two option lines opens no term alone")
}

// TestOptionTermsUnwrapped: bash's man page as HTML extracts its ulimit
// options with no blank line between them ("-a\nAll current limits are
// reported; no limits are set\n-b\nThe maximum socket buffer size\n…"):
// each option ends the description above it, so each description is a
// unit of its own, not one sentence from "All current" to the last
// option's. A dictionary's attribution wrapped after "--" and a name
// ("--Louis\n Bromfield.") is no option.
func TestOptionTermsUnwrapped(t *testing.T) {
	text := "Other options are interpreted as follows:\n\n-a\nAll current limits are reported; no limits are set\n-b\nThe maximum socket buffer size\n-i\nThe maximum number of pending signals\n"
	var got []string
	for _, u := range Units(text) {
		got = append(got, text[u.Start:u.End])
	}
	assert.Equal(t, []string{"Other options are interpreted as follows:", "-a", "All current limits are reported; no limits are set", "-b", "The maximum socket buffer size", "-i", "The maximum number of pending signals"}, got)
	for _, prose := range []string{"call ls with the flag\n-a\nwhich lists every entry.\n", "Use the\n--force\noption to overwrite the file.\n", "the function returns\n-1\nand sets errno.\n"} {
		assert.Len(t, Units(prose), 1, "a sentence wrapped around an option: %q", prose)
	}
	quote := "   Returning the life-giving humus to the land.\n                          --Louis\n                          Bromfield.\n"
	for _, u := range Units(quote) {
		assert.NotEqual(t, "--Louis", quote[u.Start:u.End])
	}
}

// TestSentenceWrappedBeforeColon: a wrapped paragraph whose line breaks
// before a colon ("with translation: for example, …") holds no
// "key: value" field: the sentence runs on from the line above (the Perl
// glossary as its POD extracts), while a record's fields still are fields.
func TestSentenceWrappedBeforeColon(t *testing.T) {
	text := "To turn one string\nrepresentation into another by mapping each character of the source string\nto its corresponding character in the result string. Not to be confused\nwith translation: for example, Greek πολύχρωμος transliterates into\npolychromos but translates into many-colored. See the tr///\noperator in Camel chapter 5, “Pattern Matching”.\n"
	var found bool
	for _, u := range Units(text) {
		assert.NotEqual(t, Field, u.Shape, text[u.Start:u.End])
		found = found || strings.Contains(text[u.Start:u.End], "confused\nwith translation: for example, Greek πολύχρωμος transliterates into\npolychromos but")
	}
	assert.True(t, found, "one sentence from \"Not to be confused\" to \"many-colored.\"")
	us := Units("Name        : Aschaffenburg\n Country    : DE\n")
	require.Len(t, us, 2)
	assert.Equal(t, Field, us[1].Shape)
}

// TestParagraphOpeningWithAColon: a wrapped paragraph may open with a
// phrase and a colon ("True story: …", the Jargon File) and break off
// mid-sentence; the sentence goes on, lower-case, at the same indent. It
// is one sentence, no "key: value" field; a field whose value goes on
// deeper, or a record's next field, is still a field.
func TestParagraphOpeningWithAColon(t *testing.T) {
	text := "    True story: Once upon a time there was a program bug that really did depend\n    on the phase of the moon. There was a little subroutine that had\n    traditionally been used in various programs at MIT.\n"
	us := Units(text)
	require.NotEmpty(t, us)
	assert.Equal(t, Sentence, us[0].Shape)
	assert.Equal(t, "True story: Once upon a time there was a program bug that really did depend\n    on the phase of the moon.", text[us[0].Start:us[0].End])
	for _, rec := range []string{
		"Description: a tool that does things\n  and more things, wrapped deeper\n",
		"Package: hello\nmaintainer: someone\n",
		"Name: foo\nversion 1.2 of the package\n", // a short value: a field, and a line of its own under it
	} {
		us := Units(rec)
		require.NotEmpty(t, us, rec)
		assert.Equal(t, Field, us[0].Shape, rec)
	}
}

// Wrapped prose whose lines each hold two commas is no CSV table: every
// comma is followed by a space and a cell runs on as a sentence does
// (perlglossary.pod's "static"); a registry's rows, tight between their
// fields, stay rows however long their address cells.
func TestWrappedProseIsNoCommaTable(t *testing.T) {
	prose := "Varying slowly compared to something else. In\ncomputers, where things are supposed to vary rapidly, “static” has a\nderogatory connotation, indicating a slightly dysfunctional variable,\nsubroutine, or method. In Perl culture, the word is politely avoided.\n"
	for _, u := range Units(prose) {
		assert.NotEqual(t, Row, u.Shape, "%q", prose[u.Start:u.End])
	}
	oui := "MA-L,C4ACAA,\"Apple, Inc.\",1 Infinite Loop Cupertino CA US 95014\nMA-L,6C8336,\"Samsung Electronics Co.,Ltd\",#94-1 Imsoo-Dong Gumi Gyeongbuk KR 730-350\nMA-L,7CF854,\"Samsung Electronics Co.,Ltd\",415 Maetan-3dong Suwon Gyeonggi KR 443-742\n"
	for _, u := range Units(oui) {
		assert.Equal(t, Row, u.Shape, "%q", oui[u.Start:u.End])
	}
}
