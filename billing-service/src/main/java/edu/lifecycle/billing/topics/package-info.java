/** Every topic billing reads or writes, named once with its serdes. */
package edu.lifecycle.billing.topics;
