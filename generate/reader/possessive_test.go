package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A possessor is a name of its own, whole in the record that names it: "Sweden's full formal name" asks for
// a field of the record named "Sweden", "Chicony's VGA 24fps UVC Webcam"
// for the row named "VGA 24fps UVC Webcam" under Chicony's. The text is
// iso-codes' iso_3166-1.json and usb.ids (Debian's iso-codes and usbutils),
// byte for byte as retrieved.
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
