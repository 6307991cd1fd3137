/** What billing's controllers share: the JSON form of money, programme years, paging cursors and input checks. */
package edu.lifecycle.billing.web;
