package lossy

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

// sharedKeysList is an ID list in the style of usb.ids whose vendors
// number their devices alike: a device code alone opens a row of
// several vendors.
const sharedKeysList = "# Syntax:\n# vendor  vendor_name\n#\tdevice  device_name\n\n" +
	"0547  Anchor Chips, Inc.\n\t0001  ICSI Bluetooth Device\n\t0002  Python2 WDM Encoder\n\t2131  EZUSB FX2\n" +
	"054c  Sony Corp.\n\t0001  HUB\n\t0002  Standard HUB\n\t0010  DSC-S30/S70/S75/F505V/F505/FD92/W1 Cybershot/Mavica Digital Camera\n" +
	"054e  Chicony Electronics\n\t0001  Keyboard\n\t0002  Wireless Mouse\n" +
	"056a  Wacom Co., Ltd\n\t0001  PenPartner\n\t0002  PenPartner 4x5\n\t0010  ET-0405 [Graphire]\n" +
	"058f  Alcor Micro Corp.\n\t0001  Multimedia Keyboard\n\t9350  Delkin eFilm Reader-32\n\t9360  8-in-1 Media Card Reader\n" +
	"08b0  Metrohm\n\t0001  Titrando 809\n\t0002  Titrando 835\n\t0006  814 Sample Processor\n"

// TestBareBridgesANameToAGivenCode asks a device by its vendor's name and
// its code: no span of the question holds both, and the model bridges
// the vendor's name to the code over the list's parent-first line
// ("Wacom Co., Ltd device 0002 PenPartner 4x5").
func TestBareBridgesANameToAGivenCode(t *testing.T) {
	m, err := Train(context.Background(), TextSource(sharedKeysList), Config{Budget: "1GiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	assertBareAnswers(t, g, [][2]string{
		{"What is Wacom's device 0002?", "PenPartner 4x5"},
		{"What is Chicony's device 0002?", "Wireless Mouse"},
		{"What is Sony's device 0001?", "HUB"},
		{"What product is Metrohm's 0002?", "Titrando 835"},
		{"What is Alcor Micro's device 9350?", "Delkin eFilm Reader-32"},
	}, false)
}
