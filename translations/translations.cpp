// Holds the embedded .qm files (":/i18n/territoria_<lang>.qm"), see CMakeLists.txt.
namespace territoria {
const char *translationsResourcePrefix()
{
    return ":/i18n";
}
} // namespace territoria
