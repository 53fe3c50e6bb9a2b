package org.dossier.search;

/** One bar of the year histogram. */
public record YearCount(int year, long count) {}
