# An honest ModuleNotFoundError for a module outside what pyconc provides.
import sys
print("before")
from requests_that_do_not_exist import get
