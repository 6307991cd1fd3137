package edu.lifecycle.servicekit.stream;

/**
 * A processor that is handed records only to live in their task, and acts on its punctuations alone (billing's
 * overdue scan beside the account aggregate). The kit opens no span and notes nothing for the records it ignores:
 * otherwise each of them would show as a second, empty span of the record's trace.
 */
public interface PunctuationOnly {}
