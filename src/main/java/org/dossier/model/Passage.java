package org.dossier.model;

/**
 * A piece of a document that one person says, or one paragraph where the text has no speaker
 * turns: the unit of "who said what, where exactly".
 *
 * @param position order of the passage in its document, from 0
 * @param speaker the speaker as the document names them, or null when the text does not say
 * @param startSeconds where the passage starts in the recording, when the text gives a time
 * @param text the passage's words, without its speaker label or timestamp
 */
public record Passage(int position, String speaker, Integer startSeconds, String text) {}
