// glibc's spawn and pipe extensions (2.34 and later), which Swift's Glibc module leaves out because
// they are declared only under _GNU_SOURCE. The prototypes are glibc's own.
#include <spawn.h>

extern int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *__restrict __actions,
                                                const char *__restrict __path);
extern int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *__actions, int __from);
extern int pipe2(int __pipedes[2], int __flags);
