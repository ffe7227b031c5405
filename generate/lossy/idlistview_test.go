package lossy

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// idList is an ID list in the style of usb.ids: a syntax comment, vendors
// with their devices and interfaces, and a marked section (device
// classes) with its own syntax.
const idList = "# Syntax:\n# vendor  vendor_name\n#\tdevice  device_name\t\t\t\t<-- single tab\n#\t\tinterface  interface_name\t\t<-- two tabs\n\n" +
	"0547  Anchor Chips, Inc.\n\t2131  EZUSB FX2\n\t\t01  Boot loader\n\t2235  AN2235 EZUSB-FX2\n" +
	"056a  Wacom Co., Ltd\n\t0023  GD-1212 [Intuos (12x12)]\n\t0024  GD-1218 [Intuos (12x18)]\n" +
	"08b0  Metrohm\n\t0006  814 Sample Processor\n\t0015  857 Titrando\n\n" +
	"# List of known device classes, subclasses and protocols\n\n# Syntax:\n# C class  class_name\n#\tsubclass  subclass_name\t\t\t<-- single tab\n" +
	"C 0e  Video\n\t01  Video Control\n\t02  Video Streaming\nC 11  Billboard\n"

func TestIDListView(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // lines the view must hold
		not        []string // words no line may hold
	}{
		{"vendors, devices and classes with their section words and parents", idList,
			[]string{" Anchor Chips, Inc. vendor 0547", "vendor 0547 Anchor Chips, Inc.",
				" EZUSB FX2 device 2131", " EZUSB FX2; device 2131 of Anchor Chips, Inc. vendor 0547", "Anchor Chips, Inc. device 2131 EZUSB FX2",
				" Boot loader interface 01", " Boot loader; interface 01 of EZUSB FX2 device 2131", "EZUSB FX2 interface 01 Boot loader",
				" AN2235 EZUSB-FX2; device 2235 of Anchor Chips, Inc. vendor 0547",
				"Wacom Co., Ltd device 0023 GD-1212 [Intuos (12x12)]",
				" Video known device class 0e", "known device class 0e Video", " Video Streaming; subclass 02 of Video known device class 0e", " Billboard known device class 11"},
			[]string{"single tab", "Syntax"}},
		{"without a syntax comment a row's mark is its section word", "C 0e  Video\n\t01  Video Control\nC 11  Billboard\n",
			[]string{" Video C 0e", "C 0e Video", " Video Control; 01 of Video C 0e", "Video 01 Video Control"}, nil},
		{"a heading that names the section in the plural qualifies its word",
			"# List of Audio Class Terminal Types\n# Syntax:\n# AT terminal_type  terminal_type_name\nAT 0301  Speaker\nAT 0302  Headphones\n\n" +
				"# List of Video Class Terminal Types\n# Syntax:\n# VT terminal_type  terminal_type_name\nVT 0301  Generic Display\nVT 0302  Sequential Media\n" +
				"# List of HID Usages\n# Syntax:\n# HUT hi  _usage_page  hid_usage_page_name\n#\thid_usage  hid_usage_name\nHUT 04  Sport Controls\n\t003  Rowing Machine\n",
			[]string{"audio class terminal type 0302 Headphones", " Headphones audio class terminal type 0302", "video class terminal type 0302 Sequential Media",
				"hid usage page 04 Sport Controls", " Rowing Machine; hid usage 003 of Sport Controls hid usage page 04"}, nil},
		{"a lone row is no list", "0547  Anchor Chips, Inc.\nThis line is prose.\n0600  Other\n", nil, []string{"Anchor", "Other"}},
		{"prose ends a run and its parents", "0547  Anchor Chips, Inc.\n0600  Other\nprose\n\t2131  EZUSB FX2\n\t2132  EZUSB FX3\n",
			[]string{" Anchor Chips, Inc. 0547"}, []string{"EZUSB"}},
		{"a range table's field is no name", "0020          ; White_Space # Zs       SPACE\n0085          ; White_Space # Cc       <control-0085>\n",
			nil, []string{"White_Space"}},
		{"a key that is not hexadecimal", "05x7  Not a key\n06g0  Nor this\n", nil, []string{"key", "this"}},
		{"a key and its name parted by one space", "0547 Anchor\n0600 Other\n", nil, []string{"Anchor", "Other"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			writeIDListView(&b, tt.text, &idListState{})
			assertViewLines(t, b.String(), tt.want, tt.not)
		})
	}
}

func TestIDListViewCarriesParentsAndWords(t *testing.T) {
	v := &recordViewer{}
	cut := strings.Index(idList, "\t0023")
	v.passage(idList[:cut])
	v.passage(idList[cut:])
	assert.Contains(t, v.text(), " GD-1212 [Intuos (12x12)]; device 0023 of Wacom Co., Ltd vendor 056a\n")
	assert.Contains(t, v.text(), " Video known device class 0e\n")
}

// denseList is an ID list whose vendor keys lie close together, as
// usb.ids' do.
const denseList = "# Syntax:\n# vendor  vendor_name\n#\tdevice  device_name\n\n0547  Anchor Chips, Inc.\n\t2131  EZUSB FX2\n\t2235  AN2235 EZUSB-FX2\n" +
	"0548  Futaba Corp.\n\t1005  EZ Touch\n\t2200  Touch screen\n" +
	"054c  Sony Corp.\n\t0002  Standard HUB\n\t0010  DSC-S30\n\t0022  Storage Adapter\n" +
	"054e  Chicony\n\t0001  Keyboard\n\t0002  Mouse\n"

// TestIDListViewReadsACutRow cuts denseList before a row, the ingest's
// way: the second passage opens on the row without its tabs.
func TestIDListViewReadsACutRow(t *testing.T) {
	tests := []struct {
		name string
		cut  string // the row the second passage opens on
		want []string
		not  []string
	}{
		{"a device whose key follows its elder sibling's", "\t2235",
			[]string{" AN2235 EZUSB-FX2; device 2235 of Anchor Chips, Inc. vendor 0547", " EZ Touch; device 1005 of Futaba Corp. vendor 0548"},
			[]string{"vendor 2235", "of AN2235"}},
		{"a device after its sibling, with the vendors' keys known", "\t0022",
			[]string{" Storage Adapter; device 0022 of Sony Corp. vendor 054c"},
			[]string{"vendor 0022"}},
		{"a device right after its vendor", "\t0002  Standard",
			[]string{" Standard HUB; device 0002 of Sony Corp. vendor 054c", " DSC-S30; device 0010 of Sony Corp. vendor 054c"},
			[]string{"vendor 0002", "of Standard HUB"}},
		{"a vendor whose key follows the last vendor's closely", "054e",
			[]string{" Chicony vendor 054e", " Keyboard; device 0001 of Chicony vendor 054e"},
			[]string{"device 054e", "of Sony Corp."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cut := strings.Index(denseList, tt.cut)
			require.Positive(t, cut)
			v := &recordViewer{}
			v.passage(denseList[:cut])
			v.passage(strings.TrimLeft(denseList[cut:], "\t"))
			view := v.text()
			for _, n := range tt.not {
				if n == "of Sony Corp." {
					// Sony's own devices stand before the cut.
					assert.NotContains(t, view, " Keyboard; device 0001 of Sony Corp.")
					continue
				}
				assert.NotContains(t, view, n)
			}
			assertViewLines(t, view, tt.want, nil)
		})
	}
}

func TestBareRecallsIDListRows(t *testing.T) {
	m, err := Train(context.Background(), TextSource(idList), Config{Budget: "1MiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	// The first four fail without the view; the rest pass without it too
	// and stay as regression checks. (Not here: "What is Wacom's device
	// 0024?" and "Which subclass of the Video class is 02?", which the
	// view loses on this small list: the row's name-first line goes on
	// from "device 0024" to "of Wacom Co., Ltd", which says a question
	// word. On usb.ids itself the questions of that shape hold.)
	assertBareAnswers(t, g, [][2]string{
		{"What is the USB vendor ID of Metrohm?", "08b0"},
		{"What is the vendor ID of Wacom?", "056a"},
		{"Which Wacom tablet is product 0023?", "GD-1212"},
		{"Which device of Anchor Chips is 2235?", "AN2235"},
		{"Which vendor is 0547?", "Anchor Chips"},
		{"What is the class code of the USB Video class?", "0e"},
		{"What is the interface 01 of the EZUSB FX2?", "Boot loader"},
	}, true)
}

func FuzzIDListView(f *testing.F) {
	f.Add(idList, 200)
	f.Add("C 0e  Video\n\t01  Video Control\n\t\t01  deeper\n\t02  \n", 12)
	f.Add("# HCC country_code keymap_type\nHCC 00  Not supported\nHCC 01  Arabic\r\n", 30)
	f.Add("\t0547  orphan\n\t0548  orphan\n", 3)
	f.Add("# List of Audio Class Terminal Types.\n# AT terminal_type  terminal_type_name\nAT 0301  Speaker\nAT 0302  Headphones\n", 40)
	f.Add(denseList, strings.Index(denseList, "\t0022"))
	f.Fuzz(func(t *testing.T, text string, cut int) {
		cut = min(max(cut, 0), len(text))
		var b strings.Builder
		st := &idListState{}
		writeIDListView(&b, text[:cut], st)
		writeIDListView(&b, text[cut:], st)
		// Cut as the ingest cuts, the second passage's leading white
		// space trimmed (see cutLevel).
		st = &idListState{}
		writeIDListView(&b, text[:cut], st)
		writeIDListView(&b, strings.TrimLeft(text[cut:], " \t\n"), st)
		view := strings.TrimSuffix(b.String(), "\n")
		if view == "" {
			return
		}
		for _, line := range strings.Split(view, "\n") {
			assert.NotEmpty(t, strings.TrimSpace(line))
			assert.True(t, hasLetter(line), "line %q names its row", line)
		}
	})
}

// BenchmarkTrainIDListView trains on the same ID list without and with
// the record view, so the ID-list view's training cost reads as a ratio:
// 1,500 vendors of 8 devices each, in usb.ids's layout.
func BenchmarkTrainIDListView(b *testing.B) {
	var list strings.Builder
	list.WriteString("# Syntax:\n# vendor  vendor_name\n#\tdevice  device_name\n\n")
	for v := range 1500 {
		fmt.Fprintf(&list, "%04x  Vendor %c%c Corp.\n", v, 'A'+v%26, 'a'+v/26%26)
		for d := range 8 {
			fmt.Fprintf(&list, "\t%04x  Device %c%c%d model %d\n", d*7+v%5, 'A'+d, 'a'+v%26, v, d)
		}
	}
	passages := chunkLines(list.String(), 2000)
	for _, view := range []bool{false, true} {
		b.Run(fmt.Sprintf("view=%v", view), func(b *testing.B) {
			for b.Loop() {
				if _, err := train(context.Background(), TextSource(passages...), Config{Budget: "1GiB"}, trainOpts{noView: !view}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
