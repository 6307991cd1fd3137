/** REST for the receivables of a programme year. */
package edu.lifecycle.billing.receivables.web;
