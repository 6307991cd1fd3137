/** Crypto-shredding of personal data: per-person data keys, sealed fields, and the compacted topic that keeps the keys. */
package edu.lifecycle.admissions.privacy;
