/** Crypto-shredding of personal data: per-person data keys, the cipher that seals a field, and the mark of a personal field. */
package edu.lifecycle.admissions.privacy;
