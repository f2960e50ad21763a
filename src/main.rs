fn main() {
    workshop::start();
}
