package ingest

import (
	"encoding/xml"
	"math"
	"strconv"
	"strings"
	"time"
)

// xlsxDateKind says whether a number format shows a date, a time or both.
type xlsxDateKind uint8

const (
	xlsxNumber xlsxDateKind = iota
	xlsxDate
	xlsxTime
	xlsxDateTime
)

// xlsxDateStyles reads styles.xml: for each cell format (the index a
// cell's s attribute names) whether its number format is a date or time.
// A missing or unreadable styles part means no dates.
func xlsxDateStyles(z *zipDoc, name string) []xlsxDateKind {
	data, err := z.read(name)
	if err != nil {
		return nil
	}
	var st struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmtID int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if xml.Unmarshal(data, &st) != nil {
		return nil
	}
	custom := make(map[int]string, len(st.NumFmts))
	for _, f := range st.NumFmts {
		custom[f.ID] = f.Code
	}
	out := make([]xlsxDateKind, len(st.Xfs))
	for i, xf := range st.Xfs {
		if code, ok := custom[xf.NumFmtID]; ok {
			out[i] = dateKindOfCode(code)
		} else {
			out[i] = builtinDateKind(xf.NumFmtID)
		}
	}
	return out
}

// builtinDateKind classifies the built-in number formats of ECMA-376
// (18.8.30) and the East Asian date formats.
func builtinDateKind(id int) xlsxDateKind {
	switch {
	case id >= 14 && id <= 17, id == 30, id == 31, id >= 50 && id <= 58:
		return xlsxDate
	case id >= 18 && id <= 21, id >= 45 && id <= 47, id >= 32 && id <= 35:
		return xlsxTime
	case id == 22:
		return xlsxDateTime
	}
	return xlsxNumber
}

// dateKindOfCode classifies a custom format code by its date and time
// letters, outside quoted text, escaped characters and [colour] or
// [condition] brackets.
func dateKindOfCode(code string) xlsxDateKind {
	var date, clock, month bool
	for i := 0; i < len(code); i++ {
		switch c := code[i]; c {
		case '"':
			if j := strings.IndexByte(code[i+1:], '"'); j >= 0 {
				i += j + 1
			} else {
				i = len(code)
			}
		case '\\', '_', '*':
			i++ // the next character is literal or padding
		case '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				return xlsxNumber
			}
			if b := strings.ToLower(code[i+1 : i+j]); b == "h" || b == "hh" || b == "m" || b == "mm" || b == "s" || b == "ss" {
				clock = true // elapsed time: [h]:mm
			}
			i += j
		case 'd', 'D', 'y', 'Y':
			date = true
		case 'h', 'H', 's', 'S':
			clock = true
		case 'm', 'M':
			month = true
		case ';':
			i = len(code) // the first section decides
		}
	}
	date = date || month && !clock
	switch {
	case date && clock:
		return xlsxDateTime
	case date:
		return xlsxDate
	case clock:
		return xlsxTime
	}
	return xlsxNumber
}

// maxSerial is the serial number of 9999-12-31, the last date a workbook
// can hold.
const maxSerial = 2958465

// xlsxDateText renders the serial number v (days since the workbook's
// epoch, fraction of a day as time) as an ISO date and/or time; ok is
// false when v is not a number in range.
func xlsxDateText(v string, kind xlsxDateKind, date1904 bool) (string, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || f < 0 || f > maxSerial+1 || math.IsNaN(f) {
		return "", false
	}
	epoch := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC) // 1900 system, after its phantom 29 February
	switch {
	case date1904:
		epoch = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	case f < 61:
		epoch = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	days := math.Floor(f)
	secs := math.Round((f - days) * 86400)
	t := epoch.AddDate(0, 0, int(days)).Add(time.Duration(secs) * time.Second)
	switch kind {
	case xlsxTime:
		return t.Format("15:04:05"), true
	case xlsxDateTime:
		return t.Format("2006-01-02 15:04:05"), true
	}
	return t.Format("2006-01-02"), true
}
