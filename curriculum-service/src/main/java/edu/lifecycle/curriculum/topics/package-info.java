/** Every topic curriculum reads or writes, named once with its serdes. */
package edu.lifecycle.curriculum.topics;
