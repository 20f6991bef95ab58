package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import java.util.Random;

import org.junit.Test;

/**
 * The Itanium C++ ABI demangler prints what binutils prints (expectations written from
 * binutils' addr2line -C / c++filt output; addr2line, unlike c++filt, keeps the std::string
 * abbreviations short), leaves names that are not mangled alone, and survives garbage.
 * The byte-for-byte comparison with addr2line -C over a whole program is the cli bundle's
 * Addr2lineCommandTest.
 */
public class CxxDemanglerTest {

    private static void check(String mangled, String expected) {
        assertEquals(mangled, Optional.of(expected), CxxDemangler.demangle(mangled));
    }

    @Test
    public void functionsAndParameterTypes() {
        check("_Z4fillPcjh", "fill(char*, unsigned int, unsigned char)");
        check("_Z5applyPFiiEi", "apply(int (*)(int), int)");
        check("_Z5totalRA3_Ki", "total(int const (&) [3])");
        check("_Z1fv", "f()");
        check("_Z1fPA2_A3_i", "f(int (*) [2][3])");
        check("_Z1fPKcKPc", "f(char const*, char* const)");
        check("_Z1fOiRVKx", "f(int&&, long long const volatile&)");
        check("_Z1fiz", "f(int, ...)");
        check("_ZL5twicei", "twice(int)");
        // data and other names without a function type
        check("_Z1fIiE", "f<int>");
        check("_ZN1fE", "f");
    }

    @Test
    public void nestedNamesOperatorsConstructorsAndQualifiers() {
        check("_ZN3geo3VecC2Eii", "geo::Vec::Vec(int, int)");
        check("_ZN3geo3VecD1Ev", "geo::Vec::~Vec()");
        check("_ZNK3geo3VecplERKS0_", "geo::Vec::operator+(geo::Vec const&) const");
        check("_ZN3geo3VecixENS_4AxisE", "geo::Vec::operator[](geo::Axis)");
        check("_ZNK3geo3VeccvlEv", "geo::Vec::operator long() const");
        check("_ZNVK3geo3Vec3dotERKS0_", "geo::Vec::dot(geo::Vec const&) const volatile");
        check("_ZN3geo3VecaSEOS0_", "geo::Vec::operator=(geo::Vec&&)");
        check("_ZN1AnwEm", "A::operator new(unsigned long)");
        check("_ZN12_GLOBAL__N_16hiddenEsdf", "(anonymous namespace)::hidden(short, double, float)");
        check("_ZNR1A1fEv", "A::f() &");
    }

    @Test
    public void templatesSubstitutionsAndStdAbbreviations() {
        check("_Z5maxOfIdET_S0_S0_", "double maxOf<double>(double, double)");
        check("_ZNK3geo6BufferIiLi3EE3sumEv", "geo::Buffer<int, 3>::sum() const");
        check("_Z6nestedPN3geo6BufferINS0_IlLi1EEELi2EEE", "nested(geo::Buffer<geo::Buffer<long, 1>, 2>*)");
        check("_ZN3geo6detailltIiEEbRKNS0_3BoxIT_EES6_",
                "bool geo::detail::operator< <int>(geo::detail::Box<int> const&, geo::detail::Box<int> const&)");
        check("_Z6lengthRKSs", "length(std::string const&)");
        check("_ZNKSs4sizeEv", "std::string::size() const");
        check("_ZNSsC1Ev", "std::basic_string<char, std::char_traits<char>, std::allocator<char> >::basic_string()");
        check("_Z5firstRSt6vectorIiSaIiEE", "first(std::vector<int, std::allocator<int> >&)");
        check("_Z1fILj3ELb1EEvv", "void f<3u, true>()");
    }

    @Test
    public void memberPointersLambdasLocalNamesAndSpecialNames() {
        check("_Z4callMN3geo3VecEVKFiRKS0_ES2_", "call(int (geo::Vec::*)(geo::Vec const&) const volatile, geo::Vec const&)");
        check("_Z4pickMN3geo3VecEiRKS0_", "pick(int geo::Vec::*, geo::Vec const&)");
        check("_ZZ4mainENKUliE_clEi", "main::{lambda(int)#1}::operator()(int) const");
        check("_ZN3geo6BufferIiLi3EE4eachIZ4mainEUliE_EEvT_",
                "void geo::Buffer<int, 3>::each<main::{lambda(int)#1}>(main::{lambda(int)#1})");
        check("_ZZ3foovE5count", "foo()::count");
        check("_ZTV1A", "vtable for A");
        check("_ZThn8_N1B1fEv", "non-virtual thunk to B::f()");
        check("_ZL5twicei.constprop.0", "twice(int) [clone .constprop.0]");
        check("_ZGVZ3foovE1x", "guard variable for foo()::x");
    }

    @Test
    public void packsReferenceCollapsingAndDeclaratorReturns() {
        check("_ZN3app5countIJicdEEEiDpT_", "int app::count<int, char, double>(int, char, double)");
        check("_ZNSt6vectorIiSaIiEE12emplace_backIJiEEERiDpOT_",
                "int& std::vector<int, std::allocator<int> >::emplace_back<int>(int&&)");
        check("_ZSt4moveIRiEONSt16remove_referenceIT_E4typeEOS2_", "std::remove_reference<int&>::type&& std::move<int&>(int&)");
        check("_ZSt7forwardIRA4_KcEOT_RNSt16remove_referenceIS3_E4typeE",
                "char const (&std::forward<char const (&) [4]>(std::remove_reference<char const (&) [4]>::type&)) [4]");
        check("_ZN4llvm11PassManagerINS_6ModuleENS_15AnalysisManagerIS1_JEEEJEE3runERS1_RS3_",
                "llvm::PassManager<llvm::Module, llvm::AnalysisManager<llvm::Module>>::run(llvm::Module&, "
                        + "llvm::AnalysisManager<llvm::Module>&)");
        check("_Z1fIA3_cEvRKT_", "void f<char [3]>(char const (&) [3])");
        check("_Z1fIKiEvRKT_", "void f<int const>(int const&)");
        check("_Z1fIPFivEEvOT_", "void f<int (*)()>(int (*&&)())");
        check("_ZGTtNKSt9exception4whatEv", "transaction clone for std::exception::what() const");
    }

    @Test
    public void otherNamesAreLeftAlone() {
        for (String name : new String[] {"main", "_start", "handle_trap", "_Z", "_Z1", "_Z1fS_", "_Z1fT_",
            "_Z999999999999f", "_Z1f.", "_Z1fDpT_", "_Z1fi junk"}) {
            assertEquals(name, Optional.empty(), CxxDemangler.demangle(name));
        }
        assertEquals(Optional.empty(), CxxDemangler.demangle(null));
    }

    @Test
    public void hostileNamesEndQuicklyWithoutAnException() {
        // Deep nesting is cut off by a depth limit, not by the Java stack.
        assertEquals(Optional.empty(), CxxDemangler.demangle("_Z1f" + "P".repeat(100_000) + "i"));
        Random random = new Random(7);
        String alphabet = "_ZNKSEIT0123456789abcdijlmsvxyPRFAMCDLUtlzr.";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder("_Z");
            for (int n = random.nextInt(40); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Optional<String> text = CxxDemangler.demangle(b.toString());
            assertTrue(b.toString(), text.isEmpty() || !text.get().isEmpty());
        }
    }
}
