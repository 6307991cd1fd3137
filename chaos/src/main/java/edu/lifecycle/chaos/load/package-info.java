/** The load: whole student lifecycles played through REST the way a careful client does. */
package edu.lifecycle.chaos.load;
