#include <iostream>
int main() { std::cout << "medmap " MEDMAP_VERSION "\n"; }
