/** Personal data at the edge: sealing JSON trees and serdes, the key rings on their compacted topic, compaction bounds. */
package edu.lifecycle.admissions.privacy.stream;
