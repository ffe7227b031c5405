package english

import "strings"

// Dimension is the dimension of a unit of measure, a bit set.
type Dimension uint8

// The dimensions of units of measure.
const (
	Length Dimension = 1 << iota
	Area
	Time
	Mass
	Speed
	OtherDimension
	Temperature
	Storage
	AnyDimension Dimension = 0xff
)

// unitKinds gives the dimension of each unit word.
var unitKinds = kinds(map[Dimension]string{
	Length: `m km cm mm nm metres meters metre meter kilometres kilometers kilometre kilometer centimetres centimeters
millimetres millimeters miles mile feet ft foot inches inch yards yard nautical storeys stories`,
	Area:           `square hectares hectare acres acre`,
	Time:           `years year months weeks week days hours hour minutes minute seconds second min mins h hr hrs sec secs ms milliseconds microseconds`,
	Mass:           `kg g kilograms kilogram grams gram tonnes tons tonne pounds lb lbs ounces oz`,
	Speed:          `knots mph km/h kph`,
	OtherDimension: `percent % litres liters litre liter gallons ml hz khz mhz ghz volts watts`,
	Temperature:    `degrees celsius fahrenheit`,
	Storage:        `bytes byte kb kib mb mib gb gib tb tib bits bit`,
})

func kinds(m map[Dimension]string) map[string]Dimension {
	out := map[string]Dimension{}
	for k, words := range m {
		for _, w := range strings.Fields(words) {
			out[w] |= k
		}
	}
	return out
}

// UnitOf returns the dimension of a lower-cased unit word, 0 when it is
// none.
func UnitOf(lw string) Dimension { return unitKinds[lw] }

// measureWords say which dimensions a measure question asks for: "how
// tall" a length, "how long" a length or a time, "length" also a size in
// bytes (the maximum length of a string), "how big" an area or a length,
// "how fast" a speed.
var measureWords = map[string]Dimension{
	"tall": Length, "high": Length, "deep": Length, "wide": Length, "far": Length,
	"height": Length, "depth": Length, "width": Length, "breadth": Length, "distance": Length,
	"elevation": Length, "altitude": Length, "wingspan": Length, "span": Length,
	"long": Length | Time, "length": Length | Time | Storage, // a string's length is in bytes; "how long" is a distance or a while
	"big": Area | Length | Storage, "large": Area | Length | Storage, "area": Area, "size": Area | Length | Storage,
	"heavy": Mass, "weight": Mass, "fast": Speed | Length, "speed": Speed | Length,
	"old": Time, "age": Time, "duration": Time, "temperature": Temperature, "accurate": AnyDimension,
}

// MeasureWord returns the dimensions a measure word asks for ("tall" →
// Length), 0 when the word asks for none.
func MeasureWord(lw string) Dimension { return measureWords[lw] }

// IsRegionMeasure reports whether a lower-cased measure word also names a
// part of something ("which AREA of the archive", "which VOLUME of the
// series"): asked for with "which" it wants the part, not a size.
func IsRegionMeasure(lw string) bool {
	return lw == "area" || lw == "volume" || lw == "areas" || lw == "volumes"
}
