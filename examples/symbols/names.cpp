/* Guest program for `guestlab addr2line -C`: C++ names of every common shape (namespaces,
 * classes, templates, operators, constructors and destructors, lambdas, std:: abbreviations),
 * compared with binutils' addr2line -C. Bare metal: no C++ library, no exceptions, no RTTI. */
namespace std {
// Just enough of the library's names for the ABI's std:: abbreviations (Ss, Sa, St).
template <class C> struct char_traits {};
template <class T> struct allocator {};
template <class C, class T = char_traits<C>, class A = allocator<C>> struct basic_string {
    const C *text;
    unsigned long size() const { return text ? 1 : 0; }
};
typedef basic_string<char> string;
template <class T, class A = allocator<T>> struct vector {
    T first;
    T &front() { return first; }
};
}

namespace geo {
enum class Axis { X, Y };

struct Vec {
    int x, y;
    Vec(int a, int b) : x(a), y(b) {}
    ~Vec() { x = 0; }
    Vec operator+(const Vec &o) const { return Vec(x + o.x, y + o.y); }
    bool operator==(const Vec &o) const { return x == o.x && y == o.y; }
    bool operator<(const Vec &o) const { return x < o.x; }
    int &operator[](Axis a) { return a == Axis::Y ? y : x; }
    Vec &operator+=(const Vec &o) { x += o.x; y += o.y; return *this; }
    Vec &operator=(Vec &&o) { x = o.x; y = o.y; return *this; }
    operator long() const { return x * 1000L + y; }
    int dot(const Vec &o) const volatile { return x * o.x + y * o.y; }
};

template <typename T, int N> struct Buffer {
    T items[N];
    T sum() const { T s = T(); for (int i = 0; i < N; i++) s += items[i]; return s; }
    template <typename F> void each(F f) { for (int i = 0; i < N; i++) items[i] = f(items[i]); }
};

namespace detail {
template <typename T> struct Box { T value; };
template <typename T> bool operator<(const Box<T> &a, const Box<T> &b) { return a.value < b.value; }
}
}

volatile long sink;

/* The trap handler start.S's trap_entry calls (a C name). */
extern "C" void handle_trap(void *frame)
{
    sink = (long) frame;
}

static int twice(int v) { return 2 * v; }
int apply(int (*f)(int), int v) { return f(v); }
unsigned long length(const std::string &s) { return s.size(); }
int first(std::vector<int> &v) { return v.front(); }
template <typename T> T maxOf(T a, T b) { return a > b ? a : b; }
void fill(char *p, unsigned n, const volatile unsigned char c) { while (n--) *p++ = c; }
int total(const int (&values)[3]) { return values[0] + values[1] + values[2]; }
int call(int (geo::Vec::*m)(const geo::Vec &) const volatile, const geo::Vec &v) { return (v.*m)(v); }
int pick(int geo::Vec::*field, const geo::Vec &v) { return v.*field; }
long nested(geo::Buffer<geo::Buffer<long, 1>, 2> *b) { return b->items[1].items[0]; }
namespace { int hidden(short s, double d, float f) { return s + (int) d + (int) f; } }
/* At -O2 GCC specializes this for the constant factor: a "[clone .constprop.0]" symbol. */
__attribute__((noinline)) static long scaled(const volatile long *v, int factor) { return *v * factor; }

extern "C" int main()
{
    geo::Vec a(1, 2), b(3, 4);
    geo::Vec c = a + b;
    c += a;
    c[geo::Axis::X] = 7;
    c = geo::Vec(5, 6);
    sink = (long) c + (a == b) + (a < b) + a.dot(b);
    geo::Buffer<int, 3> buf = {{1, 2, 3}};
    buf.each([](int v) { return v * 3; });
    sink += buf.sum();
    geo::Buffer<long, 2> lb = {{5, 6}};
    sink += lb.sum();
    sink += apply(twice, 5);
    std::string s = {"x"};
    sink += length(s);
    std::vector<int> v = {3};
    sink += first(v);
    sink += maxOf(3, 4) + maxOf<double>(1.5, 2.5);
    char tmp[4];
    fill(tmp, 4, 'a');
    int three[3] = {1, 2, 3};
    sink += total(three) + call(&geo::Vec::dot, a) + pick(&geo::Vec::y, b);
    geo::Buffer<geo::Buffer<long, 1>, 2> deep = {{{{1}}, {{2}}}};
    sink += nested(&deep);
    geo::detail::Box<int> x1 = {1}, x2 = {2};
    sink += x1 < x2;
    sink += hidden(1, 2.0, 3.0f) + tmp[0];
    sink += scaled(&sink, 3) + scaled(&sink, 3);
    return 0;
}
