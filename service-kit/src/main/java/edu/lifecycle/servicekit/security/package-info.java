/** Who may call what: bearer tokens, roles, the caller, and each service's access rules (deny by default). */
package edu.lifecycle.servicekit.security;
