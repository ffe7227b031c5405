package reader

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
)

// A possessor is a name of its own, whole in the record that names it:
// "Sweden's full formal name" asks for a field of the record named
// "Sweden", "Chicony's VGA 24fps UVC Webcam" for the row named "VGA 24fps
// UVC Webcam" under Chicony's. The text is iso-codes' iso_3166-1.json and
// usb.ids (Debian's iso-codes and usbutils), byte for byte as retrieved.
func TestAPossessorIsANameOfItsOwn(t *testing.T) {
	iso := doc{"iso_3166-1.json", "iso_3166-1.json", `{
      "alpha_2": "SI",
      "alpha_3": "SVN",
      "flag": "🇸🇮",
      "name": "Slovenia",
      "numeric": "705",
      "official_name": "Republic of Slovenia"
    },
    {
      "alpha_2": "SE",
      "alpha_3": "SWE",
      "flag": "🇸🇪",
      "name": "Sweden",
      "numeric": "752",
      "official_name": "Kingdom of Sweden"
    },
    {
      "alpha_2": "SZ",
      "alpha_3": "SWZ",
      "flag": "🇸🇿",
      "name": "Eswatini",
      "numeric": "748",
      "official_name": "Kingdom of Eswatini"
    },
    {
      "alpha_2": "SX",
      "alpha_3": "SXM",
      "flag": "🇸🇽",
      "name": "Sint Maarten (Dutch part)",
      "numeric": "534",
      "official_name": "Sint Maarten (Dutch part)"
    },`}
	usb := doc{"usb.ids", "usb.ids", `a120  ORITE CCD Webcam(PC370R)
	a121  ORITE CCD Webcam(PC370R)
	a122  ORITE CCD Webcam(PC370R)
	a123  ORITE CCD Webcam(PC370R)
	a124  ORITE CCD Webcam(PC370R)
	a128  PC Camera (SN9C202 + OV7663 + EEPROM)
	a133  Gateway Webcam
	a136  LabTec Webcam 5500
	a147  Medion Webcam
	a204  DSC WIA Device (1300)
	a208  DSC WIA Device (2320)
	a209  Labtec DC-2320
	a20a  DSC WIA Device (3310)
	a20c  DSC WIA Device (3320)
	a210  Audio Device
	b008  USB 2.0 Camera
	b009  Integrated Camera
	b010  Integrated Camera
	b012  1.3 MPixel UVC Webcam
	b013  USB 2.0 Camera
	b015  VGA 24fps UVC Webcam
	b016  VGA 30fps UVC Webcam
	b018  2M UVC Webcam
	b021  ViewSonic 1.3M, USB2.0 Webcam
	b022  Gateway USB 2.0 Webcam
	b023  Gateway USB 2.0 Webcam
	b024  USB 2.0 Webcam
	b025  Camera
	b027  Gateway USB 2.0 Webcam`}
	tests := []struct {
		q    string
		d    doc
		want string
	}{
		{"What's Sweden's full formal name?", iso, `"official_name": "Kingdom of Sweden"`},
		{"What is the product ID of Chicony's VGA 24fps UVC Webcam?", usb, "b015  VGA 24fps UVC Webcam"},
	}
	for _, tc := range tests {
		r, srcs := New(nil), sources(tc.d)
		a := r.Read(tc.q, srcs)
		why := r.Explain(tc.q, srcs, 3)
		assert.Equal(t, tc.want, answerText(Answer{Pieces: a.Best}, srcs), why)
		assert.Equal(t, 1.0, feature(a, "cell"), why) // the record's name cell is the possessor, whole
	}
}

// A possessor names the owner of the thing asked when the name after it
// names another record: "TRILL's IS-IS" is "L2-IS-IS  22F4  # TRILL
// IS-IS", not the owner's own "TRILL  22F3", and "AppleTalk's Address
// Resolution Protocol" is the record that names it whole ("AARP  80F3  #
// Appletalk Address Resolution Protocol"), not ARP's; "TRILL's EtherType"
// names no other record, and TRILL's row is the one asked. Rows of
// netbase's ethertypes (netbase 6.4), byte for byte.
func TestAPossessorNamesTheOwnerOfAnotherRecord(t *testing.T) {
	rows := doc{"netbase/ethertypes", "ethertypes", "IPv4\t\t0800\tip ip4\t# IP (IPv4)\nX25\t\t0805\nARP\t\t0806\tether-arp # Address Resolution Protocol\nFR_ARP\t\t0808\t\t# Frame Relay ARP [RFC1701]\nBPQ\t\t08FF\t\t# G8BPQ AX.25 over Ethernet\nTRILL\t\t22F3\t\t# TRILL [RFC6325]\nL2-IS-IS\t22F4\t\t# TRILL IS-IS [RFC6325]\nTEB\t\t6558\t\t# Transparent Ethernet Bridging [RFC1701]\nRAW_FR\t\t6559\t\t# Raw Frame Relay [RFC1701]\nRARP\t\t8035\t\t# Reverse ARP [RFC903]\nATALK\t\t809B\t\t# Appletalk\nAARP\t\t80F3\t\t# Appletalk Address Resolution Protocol\n802_1Q\t\t8100\t8021q 1q 802.1q\tdot1q # VLAN tagged frame [802.1q]\nIPX\t\t8137\t\t# Novell IPX\nNetBEUI\t\t8191\t\t# NetBEUI\nIPv6\t\t86DD\tip6\t# IP version 6\nPPP\t\t880B\t\t# Point-to-Point Protocol\nMPLS\t\t8847\t\t# MPLS [RFC5332]\nMPLS_MULTI\t8848\t\t# MPLS with upstream-assigned label [RFC5332]\n"}
	tests := []struct {
		q, want string
		named   float64 // the best row's "cell" feature: whether a run of the subject is its name, whole
	}{
		{"Which EtherType does TRILL's IS-IS use?", "L2-IS-IS\t22F4", 0},
		{"What EtherType does AppleTalk's Address Resolution Protocol use?", "AARP\t\t80F3", 1},
		{"What is TRILL's EtherType?", "TRILL\t\t22F3", 1},
	}
	for _, tc := range tests {
		r, srcs := New(nil), sources(rows)
		a := r.Read(tc.q, srcs)
		why := r.Explain(tc.q, srcs, 3)
		assert.True(t, strings.HasPrefix(answerText(Answer{Pieces: a.Best}, srcs), tc.want), why)
		assert.Equal(t, tc.named, feature(a, "cell"), why)
		assert.Greater(t, a.Confidence, 0.75, why) // no rival named as the subject: the owner's row is not
	}
}

// Asked for a thing's maker, the thing's own row, listed under a maker's
// row the passage was cut from, names the thing, not its maker: "Which
// vendor makes the E-Mu 0404?" over "\t3f04  E-Mu 0404" (Creative
// Technology's, 1,400 lines above) is declined, not answered with the
// product's row; "what is product 3f04" over the same rows asks the
// product. A passage of usb.ids (Debian's usbutils), byte for byte as
// retrieved.
func TestTheThingsOwnRowNamesNoMaker(t *testing.T) {
	rows := generate.Source{N: 1, Passage: corpus.Passage{ID: "u#1", Path: "usbids/usb.ids", Title: "usb.ids", Section: "041e  Creative Technology, Ltd", Ord: 68, Text: `3100  IR Receiver (SB0540)
	3121  WoW tap chat
	3220  Sound Blaster Tactic(3D) Sigma sound card
	3232  Sound Blaster Premium HD [SBX]
	3237  SB X-Fi Surround 5.1 Pro
	3241  Sound Blaster JAM
	3263  SB X-Fi Surround 5.1 Pro
	3f00  E-Mu Xboard 25 MIDI Controller
	3f02  E-Mu 0202
	3f04  E-Mu 0404
	3f07  E-Mu Xmidi 1x1
	3f0a  E-Mu Tracker Pre
	3f0e  Xmidi 1x1 Tab
	4003  VideoBlaster Webcam Go Plus [W9967CF]
	4004  Nomad II MG
	4005  Webcam Blaster Go ES
	4007  Go Mini
	400a  PC-Cam 300
	400b  PC-Cam 600
	400c  Webcam 5 [pwc]
	400d  Webcam PD1001
	400f  PC-CAM 550 (Composite)
	4011  Webcam PRO eX
	4012  PC-CAM350
	4013  PC-Cam 750
	4015  CardCam Value
	4016  CardCam
	4017  Webcam Mobile [PD1090]
	4018  Webcam Vista [PD1100]
	4019  Audio Device
	401a  Webcam Vista [PD1100]`}}
	srcs := []generate.Source{rows}
	for _, tc := range []struct{ q, want string }{
		{"Which vendor makes the E-Mu 0404?", ""},
		{"Which E-Mu device has USB product ID 3f04?", "3f04  E-Mu 0404"},
	} {
		r := New(nil)
		a := r.Read(tc.q, srcs)
		assert.Equal(t, tc.want, answerText(a, srcs), "%s\n%s", tc.q, r.Explain(tc.q, srcs, 3))
	}
}
