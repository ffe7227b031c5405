// Command lampcheck compares the flash timings measured by a watchkeeper with
// the published characteristic of a Merrow light.
//
// Usage: lampcheck -light "Carrick Head" 0.5 2.0 0.5 2.0 0.5 9.5
//
// The arguments are alternating on/off durations in seconds for one period.
// A measured period more than 3 percent away from the published one is
// reported as a fault to be written in the log.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
)

// tolerance is the largest relative error in the period the Society accepts
// (Standing Orders, 2020 revision).
const tolerance = 0.03

// periods holds the published period of each light in seconds.
var periods = map[string]float64{
	"Carrick Head":   15,
	"Skerry Finn":    6,
	"Ossory Point":   4,
	"Gannet Rock":    5,
	"Brennock Sound": 10,
	"Holm of Aske":   15,
}

func main() {
	light := flag.String("light", "Carrick Head", "name of the light")
	flag.Parse()
	want, ok := periods[*light]
	if !ok {
		fmt.Fprintf(os.Stderr, "lampcheck: unknown or fixed light %q\n", *light)
		os.Exit(2)
	}
	got, err := sum(flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, "lampcheck:", err)
		os.Exit(2)
	}
	if off := (got - want) / want; off > tolerance || off < -tolerance {
		fmt.Printf("FAULT %s: period %.2fs, published %.0fs (%.1f%% off)\n", *light, got, want, off*100)
		os.Exit(1)
	}
	fmt.Printf("OK %s: period %.2fs\n", *light, got)
}

// sum adds the measured durations.
func sum(args []string) (float64, error) {
	total := 0.0
	for _, a := range args {
		v, err := strconv.ParseFloat(a, 64)
		if err != nil || v < 0 {
			return 0, fmt.Errorf("bad duration %q", a)
		}
		total += v
	}
	return total, nil
}
