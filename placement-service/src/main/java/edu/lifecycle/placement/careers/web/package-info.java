/** REST: the graduate outcomes of a programme year. */
package edu.lifecycle.placement.careers.web;
