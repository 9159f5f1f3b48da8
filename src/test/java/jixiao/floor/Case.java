package jixiao.floor;

import jixiao.scoring.Inputs;

/** One input scored by both the engine and the floor: a declaration, its assessment, and where it came from. */
public record Case(String label, Inputs.Declaration declaration, Inputs.Assessment assessment) {
}
