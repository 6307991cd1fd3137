/** Every topic admissions reads or writes, each named once with its serdes. */
package edu.lifecycle.admissions.topics;
