package com.morningbackcoach.routine;

/** A move the routine teaches, by its stable id: what it is called and how to do it. */
public record Move(String id, String name, String howTo) {
}
