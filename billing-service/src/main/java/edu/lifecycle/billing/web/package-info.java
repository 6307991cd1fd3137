/** What the query controllers of billing share: reading programme years and paging from a request. */
package edu.lifecycle.billing.web;
