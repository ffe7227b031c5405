package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A record's name cell is read whole: "M-Audio" is the cell of the
// vendor row "0763  M-Audio", not "m-audio m audio", so the row is the
// one asked about when the question names M-Audio. Two passages of
// usb.ids (Debian's usbutils), byte for byte as retrieved.
func TestARecordsNameCellIsReadWhole(t *testing.T) {
	proto, maudio := doc{"usb.ids", "usb.ids", `178e  ASUSTek Computer, Inc. (wrong ID)
	0b05  CrossLink cable 2GB (wrong ID - swapped vendor and device)
1796  Printrex, Inc.
1797  JALCO CO., LTD.`}, doc{"usb.ids", "usb.ids", `0763  M-Audio
	0115  O2 / KeyRig 25
	0117  Trigger Finger
	0119  MidAir
	0150  M-Audio Uno
	0160  M-Audio 1x1
	0192  M-Audio Keystation 88es
	0193  ProKeys 88
	0194  ProKeys 88sx
	0195  Oxygen 8 v2
	0196  Oxygen 49
	0197  Oxygen 61
	0198  Axiom 25
	0199  Axiom 49
	019a  Axiom 61
	019b  KeyRig 49
	019c  KeyStudio
	1001  MidiSport 2x2
	1002  MidiSport 2x2
	1003  MidiSport 2x2
	1010  MidiSport 1x1
	1011  MidiSport 1x1
	1014  M-Audio Keystation Loader
	1015  M-Audio Keystation
	1020  Midisport 4x4
	1021  MidiSport 4x4
	1030  M-Audio MIDISPORT 8x8
	1031  MidiSport 8x8/s Loader
	1033  MidiSport 8x8/s
	1040  M-Audio MidiSport 2x4 Loader
	1041  M-Audio MidiSport 2x4
	1110  MidiSport 1x1
	2001  M Audio Quattro
	2002  M Audio Duo
	2003  M Audio AudioPhile
	2004  M-Audio MobilePre`}
	r, srcs := New(nil), sources(proto, maudio)
	q := "What is M-Audio's vendor ID?"
	a := r.Read(q, srcs)
	why := r.Explain(q, srcs, 3)
	assert.Equal(t, "0763  M-Audio", answerText(Answer{Pieces: a.Best}, srcs), why)
	assert.Equal(t, 1.0, feature(a, "cell"), why)
}

// A column every row of a table repeats names the table, not a record:
// "MA-M" is the registry of each row of IEEE's mam.csv, and the row the
// question asks for is the one of its assignment, answered as surely as
// before the cells were read whole. Two passages of mam.csv (Debian's
// ieee-data), byte for byte as retrieved.
func TestAColumnEveryRowRepeatsNamesNoRecord(t *testing.T) {
	a1, a2 := doc{"mam.csv", "mam.csv", `Registry,Assignment,Organization Name,Organization Address
MA-M,282C029,"Systec Intelligent Building Technology (Tianjin) Co.,Ltd.","Room 1312, Building D, HI-Tech. Information Square, No.8 Huatian Rd., Huayuan HI-Tech. Park Tianjin  CN 300384 "
MA-M,F8B568E,ZAO &quot;RADIUS Avtomatika&quot;,"Panfilovskiy prospekt, 10/3 Zelenograd Moscow RU 124489 "
MA-M,282C026,Lookman Electroplast Industries Ltd,"Old No : 9, New No : 15, II Street Etn., III Main Road , CIT Nagar, Nandanam Chennai Tamilnadu IN 600035 "
MA-M,F8B568A,SinePulse GmbH,Kistlerhofstr. 170 Munich  DE D-81379`}, doc{"mam.csv", "mam.csv", `Registry,Assignment,Organization Name,Organization Address
MA-M,F8B5682,"Shenzhen New-Bund Technology Co., Ltd.","Room20A, 20th Floor, HSAE Technology Building, Nanshan District,  Shenzhen  CN 518000 "
MA-M,F8B5687,"CloudMinds (Shenzhen) Holdings Co., Ltd","Tower 3, 33F, Unit B, Wangjing SOHO,Wangjing Street No.10 beijing  CN 100102 "
MA-M,4048FD8,Dorel Juvenile,25 Forbes Blvd Foxborough MA US 02035 
MA-M,4048FD5,The 52nd Research Institute of China Electronic Technology Group Corporation,"No.36 Ma Cheng Road, Hangzhou Zhejiang CN 310012 "`}
	_, text, why := answer(New(nil), "Which organization holds the MA-M assignment F8B568E?", a1, a2)
	assert.Contains(t, text, "RADIUS Avtomatika", why)
}

// A table row that leaves the column the question names empty states no
// such value: tzdata's zone table fills its comments column only where a
// country has several zones, so "IN<TAB>+2232+08822<TAB>Asia/Kolkata"
// gives no comment, whatever else it says of Asia/Kolkata. A row that
// fills the column is narrowed to its cell; a run of tabs lines the
// header's names up with the cells. (A passage of zone.tab as the CSV
// extractor lays it out: the file's title, its header, rows.)
func TestAnEmptyColumnStatesNothing(t *testing.T) {
	zone := doc{"tzdata/zone.tab", "zone.tab", "# tzdb timezone descriptions (deprecated version)\n#code\tcoordinates\tTZ\t\t\tcomments\n" +
		"IL\t+314650+0351326\tAsia/Jerusalem\nIM\t+5409-00428\tEurope/Isle_of_Man\nIN\t+2232+08822\tAsia/Kolkata\n" +
		"US\t+433649-1161209\tAmerica/Boise\tMountain - ID (south), OR (east)\nUS\t+332654-1120424\tAmerica/Phoenix\tMST - AZ (except Navajo)\n"}
	r := New(nil)
	for _, tc := range []struct{ q, want string }{
		{"What are the comments for Asia/Kolkata?", ""},
		{"What are the comments for America/Boise?", "Mountain - ID (south), OR (east)"},
		{"What are the coordinates of Asia/Kolkata?", "+2232+08822"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a, text, why := answer(r, tc.q, zone)
			if tc.want == "" {
				assert.True(t, a.Declined(), why)
				return
			}
			assert.Equal(t, tc.want, text, why)
		})
	}
}

// Rows of any width under one header lined up by runs of tabs are read
// against the same column names: a row as wide as the header's raw cells
// (its empty names included) and a row narrower than its names, in one
// passage, whichever is read first.
func TestRowsOfEveryWidthUnderATabAlignedHeader(t *testing.T) {
	zone := doc{"tzdata/zone.tab", "zone.tab", "#code\tcoordinates\tTZ\t\t\tcomments\n" +
		"IN\t+2232+08822\tAsia/Kolkata\nXX\t+0000+00000\tEtc/Wide\tone\ttwo\tthree\nUS\t+433649-1161209\tAmerica/Boise\tMountain - ID (south), OR (east)\n"}
	r := New(nil)
	for _, q := range []string{"What are the comments for Asia/Kolkata?", "What are the comments for Etc/Wide?", "What are the coordinates of America/Boise?"} {
		assert.NotPanics(t, func() { r.Read(q, sources(zone)) }, q)
	}
	_, text, why := answer(r, "What are the coordinates of America/Boise?", zone)
	assert.Equal(t, "+433649-1161209", text, why)
}
