/** What billing's controllers share, depending on no feature: paging cursors and the 400 naming a field. */
package edu.lifecycle.billing.web;
